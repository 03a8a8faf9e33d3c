using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// 公厕 (DOMAIN.md §5.2): land beyond the service radius of every working public toilet, villages
/// with no public toilet, and 旱厕 inside the built-up area (国家卫生乡镇 "建成区无旱厕").
/// </summary>
public sealed class ToiletCheck : ICoverageCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.ToiletReach, GapKinds.VillageWithoutToilet, GapKinds.DryToiletInBuiltUp];

    // GB 55013-2021 5.0.1 measures the walk to the toilet; that needs a routable road graph we do not
    // have, so reach is the straight line on the spheroid: a geography buffer (metres) of each working
    // toilet, unioned once per township. Toilets anywhere count, also across a zone or township edge.
    // The land is each village's built-up part when the township has drawn a built-up area, else the
    // whole village; cut per village so every part has one zone to answer for it, clipped to the asked zone
    // (built-up land in no village is already an uncovered-land gap). Intersections keep polygons only,
    // so an edge shared with the built-up line is no land.
    const string ReachSql = """
        WITH built_up AS MATERIALIZED (
          SELECT ST_Union(b.geom) AS g FROM zones.built_up_area b WHERE b.township_code = @township
        ), land AS MATERIALIZED (
          SELECT x.id, x.geom FROM (
            SELECT v.id, CASE WHEN sz.geom IS NULL THEN l.geom ELSE ST_CollectionExtract(ST_Intersection(l.geom, sz.geom), 3) END AS geom
            FROM zones.zone v
            CROSS JOIN built_up
            LEFT JOIN zones.zone sz ON sz.id = @zone_id
            CROSS JOIN LATERAL (SELECT CASE WHEN built_up.g IS NULL THEN v.geom
                                             ELSE ST_CollectionExtract(ST_Intersection(v.geom, built_up.g), 3) END AS geom) l
            WHERE v.township_code = @township AND v.valid_to IS NULL AND v.level = 'village'
              AND (built_up.g IS NULL OR v.geom && built_up.g)
              AND (sz.geom IS NULL OR v.geom && sz.geom)) x
          WHERE ST_Area(x.geom) > 0
        ), reach AS MATERIALIZED (
          SELECT ST_Union(ST_Buffer(a.geom::geography, @radius, 'quad_segs=16')::geometry) AS g
          FROM zones.asset a
          WHERE a.kind = 'toilet' AND a.status = 'good' AND a.retired_at IS NULL
            AND ST_DWithin(a.geom::geography, (SELECT ST_Union(geom) FROM land)::geography, @radius)
        ), parts AS (
          SELECT l.id, d.geom, ST_Area(d.geom::geography) AS area
          FROM land l CROSS JOIN reach
          CROSS JOIN LATERAL ST_Dump(ST_CollectionExtract(
                               ST_Difference(l.geom, coalesce(reach.g, 'SRID=4326;POLYGON EMPTY'::geometry)), 3)) d
        )
        SELECT p.id, z.name, p.geom, p.area,
               (SELECT count(*)::int FROM zones.place pl
                WHERE pl.kind IN ('market', 'school', 'bus_stop', 'square', 'park') AND ST_Intersects(pl.geom, p.geom)),
               (SELECT built_up.g IS NOT NULL FROM built_up)
        FROM parts p JOIN zones.zone z ON z.id = p.id
        WHERE p.area >= @min_area
        """;

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
                                                            AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct)
    {
        var gaps = new List<CoverageGap>();
        if (wanted.Contains(GapKinds.ToiletReach))
            gaps.AddRange(await ReadAsync(conn, ReachSql, townshipCode, zoneId,
                [P("radius", settings.ToiletRadiusM), P("min_area", settings.ToiletReachMinAreaM2)], r => new CoverageGap
                {
                    Kind = GapKinds.ToiletReach, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(2)!,
                    AreaM2 = r.GetDouble(3), Count = r.GetInt32(4),
                    Description = $"{r.GetString(1)}{(r.GetBoolean(5) ? "建成区内" : "")}有 {Whole(r.GetDouble(3))} 平方米在所有在用公厕 " +
                                  $"{Whole(settings.ToiletRadiusM)} 米服务半径以外" +
                                  (r.GetInt32(4) > 0 ? $"，含 {r.GetInt32(4)} 处人流聚集场所" : "") + "，请增设或修复公厕",
                }, ct));
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
        return gaps;
    }
}
