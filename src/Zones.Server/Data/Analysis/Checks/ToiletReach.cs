using Npgsql;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// 公厕服务半径 (DOMAIN.md §5.2, GB 55013-2021 5.0.1: 300 m): the built-up land beyond the reach of every working
/// public toilet, by walking distance over the road graph (<see cref="WalkingReach"/>) or, by setting, in a
/// straight line. A township with no built-up area gets a notice instead (never a silent zero), and land too far
/// from mapped roads is measured in a straight line, with a notice per zone.
/// </summary>
static class ToiletReach
{
    // The land is the township's built-up area cut by the most specific zone over it, whatever levels the tree
    // has (镇 → 片区 → 村 → 组): each current zone holds what none of its current children does, so every point has
    // one zone to answer for it; clipped to the asked zone. Land in no zone is the uncovered-land check's.
    // A piece is "sparse" when less than half of it lies within networkAccessM of a mapped road: walking distance
    // would call it unreachable for want of a map, so it is measured in a straight line and noticed.
    // Toilets and roads anywhere count, also across a zone or township edge. Intersections keep polygons only.
    const string LandSql = """
        WITH built_up AS MATERIALIZED (
          SELECT ST_Union(b.geom) AS g FROM zones.built_up_area b WHERE b.township_code = @township
        ), own AS MATERIALIZED (
          SELECT z.id, ST_CollectionExtract(ST_Difference(z.geom, coalesce(c.g, 'SRID=4326;POLYGON EMPTY'::geometry)), 3) AS geom
          FROM zones.zone z CROSS JOIN built_up
          LEFT JOIN LATERAL (SELECT ST_Union(c.geom) AS g FROM zones.zone c WHERE c.parent_id = z.id AND c.valid_to IS NULL) c ON true
          WHERE z.township_code = @township AND z.valid_to IS NULL AND z.geom && built_up.g
        ), land AS MATERIALIZED (
          SELECT x.id, x.geom FROM (
            SELECT o.id, ST_CollectionExtract(ST_Intersection(
                     CASE WHEN sz.geom IS NULL THEN o.geom ELSE ST_CollectionExtract(ST_Intersection(o.geom, sz.geom), 3) END, built_up.g), 3) AS geom
            FROM own o CROSS JOIN built_up LEFT JOIN zones.zone sz ON sz.id = @zone_id
            WHERE sz.geom IS NULL OR o.geom && sz.geom) x
          WHERE ST_Area(x.geom) > 0
        ), area AS (
          SELECT ST_Union(geom) AS g FROM land
        )
        """;

    const string JudgeSql = """
        , piece AS MATERIALIZED (
          SELECT l.id, l.geom, m.m, @network AND coalesce(
                   (SELECT ST_Area(ST_Intersection(m.m, ST_Buffer(ST_Collect(ST_Transform(r.geom, f.srid)), @access)))
                    FROM zones.road r WHERE r.retired_at IS NULL AND ST_DWithin(r.geom::geography, l.geom::geography, @access)), 0)
                 < 0.5 * ST_Area(m.m) AS sparse
          FROM land l CROSS JOIN frame f CROSS JOIN LATERAL (SELECT ST_Transform(l.geom, f.srid) AS m) m
        ), circles AS MATERIALIZED (
          SELECT ST_Union(ST_Buffer(a.geom::geography, @radius, 'quad_segs=16')::geometry) AS g
          FROM zones.asset a
          WHERE a.kind = 'toilet' AND a.status = 'good' AND a.retired_at IS NULL
            AND ST_DWithin(a.geom::geography, (SELECT g FROM area)::geography, @radius)
        ), judged AS (
          SELECT p.id, p.sparse, ST_Area(p.geom::geography) AS land_area,
                 CASE WHEN @network AND NOT p.sparse THEN 'network' ELSE 'straight_line' END AS method,
                 ST_CollectionExtract(ST_Difference(p.geom, coalesce(CASE WHEN @network AND NOT p.sparse THEN walk.g ELSE circles.g END,
                                                                     'SRID=4326;POLYGON EMPTY'::geometry)), 3) AS rest
          FROM piece p CROSS JOIN circles CROSS JOIN walk
        )
        SELECT j.id, z.name, d.geom, ST_Area(d.geom::geography),
               (SELECT count(*)::int FROM zones.place pl
                WHERE pl.kind IN ('market', 'school', 'bus_stop', 'square', 'park') AND ST_Intersects(pl.geom, d.geom)),
               j.method, j.sparse, j.land_area
        FROM judged j JOIN zones.zone z ON z.id = j.id
        LEFT JOIN LATERAL ST_Dump(j.rest) d ON true
        """;

    static readonly string NetworkSql = LandSql + WalkingReach.Ctes + """
        , walk AS MATERIALIZED (SELECT ST_Transform(ST_Union(g), 4326) AS g FROM walk_land)
        """ + JudgeSql;

    static readonly string StraightSql = LandSql + """
        , frame AS (SELECT zones.township_metric_srid(@township) AS srid), walk AS (SELECT NULL::geometry AS g)
        """ + JudgeSql;

    const string TownshipSql = """
        SELECT t.name, EXISTS (SELECT 1 FROM zones.built_up_area b WHERE b.township_code = t.division_code)
        FROM zones.township t WHERE t.division_code = $1
        """;

    /// <summary>The gaps, and the notices: no built-up area (nothing checked), or zones measured in a straight line.</summary>
    public static async Task<CoverageResult> AnalyzeAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                          AnalysisSettings settings, CancellationToken ct)
    {
        if (await NoBuiltUpAsync(conn, townshipCode, ct) is { } notice)
            return new([], [notice]);
        var network = settings.ReachMethod == ReachMethods.Network;
        var rows = await ReadAsync(conn, network ? NetworkSql : StraightSql, townshipCode, zoneId,
            [P("radius", settings.ToiletRadiusM), P("access", settings.NetworkAccessM), P("network", network), P("kinds", new[] { "toilet" })],
            r => Read(r, townshipCode, settings), ct);
        var gaps = rows.Where(r => r.Gap is not null && r.Area >= settings.ToiletReachMinAreaM2).Select(r => r.Gap!).ToList();
        var notices = rows.Where(r => r.Sparse && r.LandArea >= settings.ToiletReachMinAreaM2).DistinctBy(r => r.ZoneId)
            .Select(r => new CoverageNotice(GapKinds.ToiletReach, townshipCode, r.ZoneId,
                $"{r.ZoneName}建成区内已测绘道路不足（过半土地距道路超过 {Whole(settings.NetworkAccessM)} 米），" +
                $"公厕服务范围按直线距离 {Whole(settings.ToiletRadiusM)} 米计算；请在 管理 → 导入 中补充道路后重新检查"))
            .ToList();
        return new(gaps, notices);
    }

    sealed record Row(long ZoneId, string ZoneName, CoverageGap? Gap, double Area, bool Sparse, double LandArea);

    static Row Read(NpgsqlDataReader r, string township, AnalysisSettings settings)
    {
        var geometry = r.GeometryOrNull(2);
        var method = r.GetString(5);
        var area = r.IsDBNull(3) ? 0 : r.GetDouble(3);
        var gap = geometry is null ? null : new CoverageGap
        {
            Kind = GapKinds.ToiletReach, TownshipCode = township, Geometry = geometry, AreaM2 = area, Count = r.GetInt32(4),
            Method = method,
            Description = $"{r.GetString(1)}建成区内有 {Whole(area)} 平方米在所有在用公厕 {Whole(settings.ToiletRadiusM)} 米服务半径以外" +
                          $"（{ReachMethods.Words(method)}）" +
                          (r.GetInt32(4) > 0 ? $"，含 {r.GetInt32(4)} 处人流聚集场所" : "") + "，请增设或修复公厕",
        };
        return new(r.GetInt64(0), r.GetString(1), gap, area, r.GetBoolean(6), r.GetDouble(7));
    }

    // "Could not run": without a built-up boundary there is no land the 300 m rule applies to (GB 55013 speaks of
    // 镇区/集镇), and checking whole villages would report fields and hills as unserved.
    static async Task<CoverageNotice?> NoBuiltUpAsync(NpgsqlConnection conn, string townshipCode, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(TownshipSql, conn);
        cmd.Parameters.Add(P(townshipCode));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.GetBoolean(1))
            return null;
        return new CoverageNotice(GapKinds.ToiletReach, townshipCode, null,
            $"{reader.GetString(0)}未划定建成区，无法检查公厕服务半径；请在 管理 → 导入 中导入建成区边界");
    }
}
