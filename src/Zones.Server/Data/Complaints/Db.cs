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
}
