using Npgsql;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// What an Open311 <c>jurisdiction_id</c> names: a township (its 12-digit division code) or a county
/// (its 6-digit code: all of its townships), among the townships the caller may read.
/// </summary>
public sealed class JurisdictionStore(NpgsqlDataSource db)
{
    // zones.township is small (one row per township); the caller's readable codes bound the answer,
    // so a township the caller may not read is as unknown as one that does not exist.
    const string ResolveSql = """
        SELECT coalesce(array_agg(division_code ORDER BY division_code), '{}') FROM zones.township
        WHERE (division_code = $1 OR county_code = $1) AND division_code = ANY($2::text[])
        """;

    /// <summary>The townships <paramref name="jurisdiction"/> names among <paramref name="readable"/>, ordered; empty when it names none.</summary>
    public async Task<string[]> ResolveAsync(string jurisdiction, IReadOnlyList<string> readable, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ResolveSql);
        cmd.Parameters.Add(Sql.P(jurisdiction));
        cmd.Parameters.Add(Sql.P(readable.ToArray()));
        return (string[])(await cmd.ExecuteScalarAsync(ct))!;
    }
}
