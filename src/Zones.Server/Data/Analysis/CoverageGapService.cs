using NetTopologySuite.Geometries;
using Npgsql;
using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// Runs the coverage checks (DOMAIN.md §5.2) for townships or one zone, each township with its own
/// settings, and says which zone every gap falls in. Checks run side by side on pooled connections.
/// </summary>
public sealed class CoverageGapService(NpgsqlDataSource db, IEnumerable<ICoverageCheck> checks)
{
    readonly IReadOnlyList<ICoverageCheck> checks = [.. checks];

    /// <summary>Every gap of <paramref name="kinds"/> (null = all) in the townships, or in <paramref name="zoneId"/> when given.</summary>
    public async Task<IReadOnlyList<CoverageGap>> FindAsync(IReadOnlyList<string> townshipCodes, long? zoneId,
                                                            IReadOnlyCollection<string>? kinds, CancellationToken ct)
    {
        var wanted = (kinds is { Count: > 0 } ? kinds : GapKinds.All).ToHashSet();
        var found = new List<CoverageGap>();
        foreach (var township in townshipCodes)
        {
            var settings = await SettingsAsync(township, ct);
            var runs = checks.Where(c => c.Kinds.Any(wanted.Contains))
                .Select(c => RunAsync(c, township, zoneId, settings, wanted.Intersect(c.Kinds).ToHashSet(), ct));
            foreach (var gaps in await Task.WhenAll(runs))
                found.AddRange(gaps);
        }
        var located = await LocateAsync(found, ct);
        return [.. located.OrderBy(g => GapKinds.Order(g.Kind)).ThenBy(g => g.TownshipCode)
                          .ThenByDescending(g => g.AreaM2 ?? g.LengthM ?? g.Count ?? 0)];
    }

    /// <summary>A township's analysis settings: defaults overlaid with <c>settings.analysis</c>.</summary>
    public async Task<AnalysisSettings> SettingsAsync(string townshipCode, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT settings -> 'analysis' FROM zones.township WHERE division_code = $1");
        cmd.Parameters.Add(EditDb.P(townshipCode));
        return AnalysisSettings.FromJson(await cmd.ExecuteScalarAsync(ct) as string);
    }

    async Task<IReadOnlyList<CoverageGap>> RunAsync(ICoverageCheck check, string township, long? zoneId, AnalysisSettings settings,
                                                    IReadOnlySet<string> wanted, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await check.FindAsync(conn, township, zoneId, settings, wanted, ct);
    }

    

    // One statement for all gaps without a zone: the zone a point on the gap lies in (zones.zone_at).
    async Task<List<CoverageGap>> LocateAsync(List<CoverageGap> gaps, CancellationToken ct)
    {
        var open = gaps.Select((g, i) => (g, i)).Where(x => x.g.ZoneId is null).ToList();
        if (open.Count == 0)
            return gaps;
        const string sql = """
            SELECT g.i, z.id
            FROM unnest($1::int[], $2::bytea[], $3::text[]) AS g(i, wkb, township)
            LEFT JOIN LATERAL zones.zone_at(g.township, ST_PointOnSurface(ST_GeomFromEWKB(g.wkb))) z ON true
            """;
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.Add(EditDb.P(open.Select(x => x.i).ToArray()));
        cmd.Parameters.Add(EditDb.Geoms(open.Select(x => x.g.Geometry)));
        cmd.Parameters.Add(EditDb.P(open.Select(x => x.g.TownshipCode).ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (!await reader.IsDBNullAsync(1, ct))
                gaps[reader.GetInt32(0)] = gaps[reader.GetInt32(0)] with { ZoneId = reader.GetInt64(1) };
        return gaps;
    }
}
