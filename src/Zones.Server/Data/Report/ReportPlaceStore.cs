using Npgsql;

namespace Zones.Server.Data.Report;

/// <summary>Where a resident's point lies: the township (whose categories and rules apply) and the most specific zone.</summary>
public sealed record ReportPlace(string TownshipCode, string TownshipName, string ZoneName);

/// <summary>Finds the township at a point before a report is taken (its categories, the actor's scope).</summary>
public sealed class ReportPlaceStore(NpgsqlDataSource db)
{
    // zones.zone_at (migration 0010) is THE rule intake locates a case with, so the page offers the
    // categories of the township the case will land in.
    const string AtSql = """
        SELECT z.township_code, t.name, z.name
        FROM zones.zone_at(NULL, ST_SetSRID(ST_MakePoint($1, $2), 4326)) z
        JOIN zones.township t ON t.division_code = z.township_code
        """;

    /// <summary>The place at WGS84 <paramref name="lon"/>/<paramref name="lat"/>, or null outside every published zone.</summary>
    public async Task<ReportPlace?> AtAsync(double lon, double lat, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(AtSql);
        cmd.Parameters.Add(new NpgsqlParameter<double> { TypedValue = lon });
        cmd.Parameters.Add(new NpgsqlParameter<double> { TypedValue = lat });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? new ReportPlace(r.GetString(0), r.GetString(1), r.GetString(2)) : null;
    }
}
