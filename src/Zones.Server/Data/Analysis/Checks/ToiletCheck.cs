using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// 公厕 (DOMAIN.md §5.2): land beyond the service radius of every working public toilet (<see cref="ToiletReach"/>:
/// walking distance, notices where it could not run), villages with no public toilet, and 旱厕 inside the built-up
/// area (国家卫生乡镇 "建成区无旱厕").
/// </summary>
public sealed class ToiletCheck : ICoverageCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.ToiletReach, GapKinds.VillageWithoutToilet, GapKinds.DryToiletInBuiltUp];

    // A toilet that is lost or abandoned serves nobody; a damaged one is still the village's toilet, to repair.
    static readonly string VillageSql = $"""
        SELECT v.id, v.name, v.geom
        FROM zones.zone v
        WHERE v.township_code = @township AND v.valid_to IS NULL AND v.level = 'village'
          AND NOT EXISTS (SELECT 1 FROM zones.asset a
                          WHERE a.kind = 'toilet' AND a.retired_at IS NULL AND a.status NOT IN ('lost', 'abandoned')
                            AND ST_Intersects(a.geom, v.geom))
          AND {GapScope.InSubtree("v.id")}
        """;

    // Every 旱厕 still on the register counts, abandoned too: "建成区无旱厕" is met by removing it.
    static readonly string DrySql = $"""
        SELECT a.id, a.identifier, a.name, a.geom, b.name
        FROM zones.asset a
        CROSS JOIN LATERAL (SELECT b.name FROM zones.built_up_area b
                            WHERE b.township_code = @township AND ST_Intersects(b.geom, a.geom) ORDER BY b.id LIMIT 1) b
        WHERE a.township_code = @township AND a.kind = 'toilet' AND a.subtype = 'dry' AND a.retired_at IS NULL
          AND {GapScope.Touches("a.geom")}
        """;

    public async Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                            AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct) =>
        (await AnalyzeAsync(conn, townshipCode, zoneId, settings, wanted, ct)).Gaps;

    public async Task<CoverageResult> AnalyzeAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                   AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct)
    {
        var reach = wanted.Contains(GapKinds.ToiletReach)
            ? await ToiletReach.AnalyzeAsync(conn, townshipCode, zoneId, settings, ct)
            : CoverageResult.Empty;
        var gaps = new List<CoverageGap>(reach.Gaps);
        if (wanted.Contains(GapKinds.VillageWithoutToilet))
            gaps.AddRange(await ReadAsync(conn, VillageSql, townshipCode, zoneId, [], r => new CoverageGap
            {
                Kind = GapKinds.VillageWithoutToilet, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(2)!,
                ZoneId = r.GetInt64(0),
                Description = $"{r.GetString(1)}没有公厕（GB 55013-2021 5.0.2 要求每个行政村至少一座），请在村委会或公共活动场所附近建设",
            }, ct));
        if (wanted.Contains(GapKinds.DryToiletInBuiltUp))
            gaps.AddRange(await ReadAsync(conn, DrySql, townshipCode, zoneId, [], r => new CoverageGap
            {
                Kind = GapKinds.DryToiletInBuiltUp, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(3)!,
                AssetId = r.GetInt64(0),
                Description = $"旱厕 {r.GetString(1)}" + (r.Text(2) is { } name ? $"「{name}」" : "") +
                              $"位于建成区「{r.GetString(4)}」内，应改建为水冲式公厕或拆除",
            }, ct));
        return new(gaps, reach.Notices);
    }
}
