using Npgsql;

namespace Zones.Server.Data.Complaints;

/// <summary>Small helpers so each store method stays one statement with typed positional parameters.</summary>
static class Db
{
    /// <summary>A command on an open connection (and its transaction), parameters bound as <c>$1…$n</c> in order.</summary>
    public static NpgsqlCommand Command(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, params NpgsqlParameter[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, conn, tx);
        cmd.Parameters.AddRange(parameters);
        return cmd;
    }

    /// <summary>A typed parameter (no boxing); nullable types send NULL.</summary>
    public static NpgsqlParameter<T> P<T>(T value) => new() { TypedValue = value };

    // Npgsql writes only UTC offsets to timestamptz; callers hold China time (+08:00).
    public static NpgsqlParameter<DateTimeOffset> P(DateTimeOffset value) => new() { TypedValue = value.ToUniversalTime() };

    public static NpgsqlParameter<DateTimeOffset?> P(DateTimeOffset? value) => new() { TypedValue = value?.ToUniversalTime() };

    public static T? Nullable<T>(this NpgsqlDataReader r, int i) where T : struct =>
        r.IsDBNull(i) ? null : r.GetFieldValue<T>(i);

    public static string? Text(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
