using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// 垃圾收集点服务半径 (DOMAIN.md §5.2, GB 55013-2021 3.2.2: every dwelling within 120 m): in villages
/// that have at least one working collection point, the dwellings beyond the reach of every working one —
/// by walking distance over the road graph (<see cref="WalkingReach"/>) or, by setting, in a straight line.
/// Villages with none are left to the "each 村庄 ≥ 1 point" rule, not reported dwelling by dwelling.
/// </summary>
public sealed class CollectionPointCheck : ICoverageCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.CollectionPointReach];

    static readonly string[] PointKinds = ["collection_point", "garbage_room", "transfer_station"];

    // One row per dwelling of such a village (the walk is computed once for all of them): whether it is beyond
    // reach, and how — a dwelling farther than networkAccessM from every mapped road cannot join the walk and is
    // measured in a straight line (the village gets a notice). Points anywhere count, also across a village or
    // township edge; the nearest one (straight line, KNN on the geography index of 0005) is named in the message.
    static readonly string DwellingSql = $"""
        WITH dwelling AS MATERIALIZED (
          SELECT p.id, p.name, coalesce(p.households, 0) AS households, p.geom, v.id AS village_id, v.name AS village,
                 EXISTS (SELECT 1 FROM zones.road r WHERE r.retired_at IS NULL
                         AND ST_DWithin(r.geom::geography, p.geom::geography, @access)) AS on_roads
          FROM zones.place p
          CROSS JOIN LATERAL (SELECT v.id, v.name FROM zones.zone v
                              WHERE v.township_code = @township AND v.valid_to IS NULL AND v.level = 'village'
                                AND ST_Intersects(v.geom, p.geom)
                                AND EXISTS (SELECT 1 FROM zones.asset a
                                            WHERE a.kind = ANY(@kinds) AND a.status = 'good' AND a.retired_at IS NULL
                                              AND ST_Intersects(a.geom, v.geom))
                              ORDER BY v.id LIMIT 1) v
          WHERE p.township_code = @township AND p.kind = 'dwelling' AND {GapScope.Touches("p.geom")}
        ), area AS (
          SELECT ST_Collect(geom) AS g FROM dwelling WHERE @network AND on_roads
        ){WalkingReach.Ctes}, walk AS MATERIALIZED (
          SELECT ST_Transform(ST_Union(g), 4326) AS g FROM walk_land
        )
        SELECT d.id, d.name, d.households, d.geom, d.village, near.d, d.village_id,
               CASE WHEN @network AND d.on_roads THEN 'network' ELSE 'straight_line' END,
               CASE WHEN @network AND d.on_roads THEN NOT coalesce(ST_Intersects(d.geom, walk.g), false)
                    ELSE NOT EXISTS (SELECT 1 FROM zones.asset a
                                     WHERE a.kind = ANY(@kinds) AND a.status = 'good' AND a.retired_at IS NULL
                                       AND ST_DWithin(a.geom::geography, d.geom::geography, @radius)) END
        FROM dwelling d
        LEFT JOIN walk ON true
        LEFT JOIN LATERAL (SELECT ST_Distance(a.geom::geography, d.geom::geography) AS d FROM zones.asset a
                           WHERE a.kind = ANY(@kinds) AND a.status = 'good' AND a.retired_at IS NULL
                           ORDER BY a.geom::geography <-> d.geom::geography LIMIT 1) near ON true
        """;

    public async Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                            AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct) =>
        (await AnalyzeAsync(conn, townshipCode, zoneId, settings, wanted, ct)).Gaps;

    public async Task<CoverageResult> AnalyzeAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                   AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct)
    {
        var network = settings.ReachMethod == ReachMethods.Network;
        var rows = await ReadAsync(conn, DwellingSql, townshipCode, zoneId,
            [P("radius", settings.CollectionRadiusM), P("access", settings.NetworkAccessM), P("network", network), P("kinds", PointKinds)],
            r => (Gap: r.GetBoolean(8) ? Gap(r, townshipCode, settings) : null, VillageId: r.GetInt64(6), Village: r.GetString(4),
                  Fallback: network && r.GetString(7) == ReachMethods.StraightLine), ct);
        var notices = rows.Where(r => r.Fallback).GroupBy(r => (r.VillageId, r.Village))
            .Select(g => new CoverageNotice(GapKinds.CollectionPointReach, townshipCode, g.Key.VillageId,
                $"{g.Key.Village}有 {g.Count()} 处居民点距已测绘道路超过 {Whole(settings.NetworkAccessM)} 米，" +
                $"收集点服务范围按直线距离 {Whole(settings.CollectionRadiusM)} 米计算；请在 管理 → 导入 中补充道路后重新检查"))
            .ToList();
        return new([.. rows.Where(r => r.Gap is not null).Select(r => r.Gap!)], notices);
    }

    static CoverageGap Gap(NpgsqlDataReader r, string townshipCode, AnalysisSettings settings) => new()
    {
        Kind = GapKinds.CollectionPointReach, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(3)!,
        PlaceId = r.GetInt64(0), Count = r.GetInt32(2), Method = r.GetString(7),
        Description = $"{r.GetString(4)}居民点「{r.GetString(1)}」（{r.GetInt32(2)} 户）距最近的在用垃圾收集点" +
                      $"{(r.GetString(7) == ReachMethods.Network ? "直线 " : " ")}{Whole(r.GetDouble(5))} 米，" +
                      $"{ReachMethods.Words(r.GetString(7))}超出 {Whole(settings.CollectionRadiusM)} 米服务半径，请增设收集点",
    };
}
