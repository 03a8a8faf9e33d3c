using System.Globalization;
using Npgsql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// Runs one check statement with the scope parameters every check binds (<c>@township</c> text,
/// <c>@zone_id</c> bigint or NULL, see <see cref="GapScope"/>) plus its own, and reads one gap (or row) per row.
/// </summary>
static class CheckQuery
{
    public static async Task<List<T>> ReadAsync<T>(NpgsqlConnection conn, string sql, string township, long? zoneId,
        IEnumerable<NpgsqlParameter> parameters, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.Add(Sql.P("township", township));
        cmd.Parameters.Add(Sql.P("zone_id", zoneId));
        cmd.Parameters.AddRange(parameters.ToArray());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var gaps = new List<T>();
        while (await reader.ReadAsync(ct))
            gaps.Add(read(reader));
        return gaps;
    }

    /// <summary>Runs a one-value statement binding <c>@township</c>: the moment a time-dependent check's answer next changes.</summary>
    public static async Task<DateTimeOffset?> MomentAsync(NpgsqlConnection conn, string sql, string township, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.Add(Sql.P("township", township));
        return await cmd.ExecuteScalarAsync(ct) is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    /// <summary>A measure rounded to whole metres or m², for messages.</summary>
    public static string Whole(double value) => Math.Round(value).ToString("0", CultureInfo.InvariantCulture);
}
