namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// Walking reach over the road graph (issue #12; GB 55013-2021 measures a toilet's 服务半径 along the walk):
/// SQL common-table expressions that turn the working assets of some kinds into the land within
/// <c>@radius</c> metres' walk, with one pgRouting call for all of them (never one per asset).
/// </summary>
/// <remarks>
/// <para>The rule, in full (README "Walking distance"):</para>
/// <list type="number">
/// <item>An asset joins the graph at the foot of the perpendicular on its nearest live road segment, when that road
/// is at most <c>@access</c> (networkAccessM) away; the walk from the asset to the road counts against the budget.
/// An asset farther from every road does not join (the caller measures it in a straight line instead).</item>
/// <item>Along the roads the budget is spent at the segment's geodesic <c>length_m</c> (CONTRACT12 §2 edges),
/// both ways on every segment, with no border between townships: roads and assets of neighbours near the area
/// count. <c>pgr_drivingDistance</c> runs once from every joined asset, with two virtual edges per asset (to the
/// ends of its segment, costing the access walk plus the part of the segment); reached segments are cut where
/// the budget runs out, and the asset's own segment is walked both ways from the foot.</item>
/// <item>Land is reached from a road point with budget <c>b</c> left when it lies within <c>min(b, @access)</c> of
/// it: the walk from the road to a door is straight and counts too, and nobody is served across more than
/// networkAccessM of unmapped land. Built as convex hulls of consecutive circles every ≤ 20 m along each reached
/// part (radius falling linearly with the walk), in the township's metric frame; exact to the 20 m step. Land within
/// <c>min(radius, @access)</c> of the asset itself is reached straight, without a road (a dwelling 20 m from a
/// collection point is served even when both lie 90 m off the street).</item>
/// </list>
/// <para>The caller defines a CTE <c>area(g)</c> (WGS84: the land or points to serve; its box, grown by radius +
/// access, limits roads and assets) and binds <c>@township</c>, <c>@radius</c>, <c>@access</c>, <c>@kinds</c>
/// (text[] of asset kinds). Defined here: <c>frame(srid)</c>, <c>walk_box(g)</c>, <c>walk_source</c> (the joined
/// assets), <c>walk_part(asset_id, budget, line)</c> and <c>walk_land(asset_id, g)</c> (metric frame).</para>
/// </remarks>
static class WalkingReach
{
    /// <summary>The CTEs after <c>area</c> (starts with a comma), for working assets of <c>@kinds</c>.</summary>
    public const string Ctes = """
        , frame AS MATERIALIZED (
          SELECT zones.township_metric_srid(@township) AS srid
        ), walk_box AS MATERIALIZED (
          SELECT ST_Transform(ST_Expand(ST_Transform(ST_Envelope(a.g), f.srid), @radius + @access), 4326) AS g
          FROM area a, frame f WHERE a.g IS NOT NULL AND NOT ST_IsEmpty(a.g)
        ), walk_source AS MATERIALIZED (
          SELECT a.id AS asset_id, a.township_code, a.geom, r.id AS edge, r.source, r.target, r.length_m AS len,
                 ST_Transform(r.geom, f.srid) AS road_m,
                 ST_LineLocatePoint(ST_Transform(r.geom, f.srid), ST_Transform(a.geom, f.srid)) AS frac,
                 ST_Distance(a.geom::geography, r.geom::geography) AS access
          FROM walk_box b CROSS JOIN frame f
          JOIN zones.asset a ON a.geom && b.g
          CROSS JOIN LATERAL (SELECT r.id, r.source, r.target, r.length_m, r.geom FROM zones.road r
                              WHERE r.retired_at IS NULL AND r.source IS NOT NULL
                              ORDER BY r.geom::geography <-> a.geom::geography LIMIT 1) r
          WHERE a.kind = ANY(@kinds) AND a.status = 'good' AND a.retired_at IS NULL
            AND ST_DWithin(a.geom::geography, r.geom::geography, @access) AND r.length_m > 0
        ), walk_reached AS MATERIALIZED (
          -- The edge SQL is text run by pgRouting, so the box and the virtual edges go in as literals
          -- (values computed here, never caller input). Node -asset_id is the asset; agg_cost includes its access walk.
          SELECT -d.from_v AS asset_id, d.node, @radius - d.agg_cost AS budget
          FROM (SELECT g FROM walk_box WHERE EXISTS (SELECT 1 FROM walk_source)) b
          CROSS JOIN LATERAL pgr_drivingDistance(
            format($e$SELECT id, source, target, length_m AS cost, length_m AS reverse_cost FROM zones.road
                      WHERE retired_at IS NULL AND source IS NOT NULL AND geom && %L::geometry
                      UNION ALL SELECT * FROM (VALUES %s) v(id, source, target, cost, reverse_cost)$e$,
                   b.g, (SELECT string_agg(format('(%s::bigint, %s::bigint, %s::bigint, %s::float8, %s::float8), (%s, %s, %s, %s::float8, %s::float8)',
                                                  -2 * asset_id, -asset_id, source, access + frac * len, access + frac * len,
                                                  -2 * asset_id - 1, -asset_id, target, access + (1 - frac) * len, access + (1 - frac) * len), ', ')
                         FROM walk_source)),
            (SELECT array_agg(-asset_id) FROM walk_source), @radius, false, false) d
          WHERE d.node > 0 AND d.agg_cost < @radius
        ), walk_part AS MATERIALIZED (
          -- Every part oriented from where the walk enters it, with the budget left there.
          SELECT x.asset_id, x.budget,
                 CASE WHEN r.source = x.node THEN ST_LineSubstring(ST_Transform(r.geom, f.srid), 0, least(1, x.budget / r.length_m))
                      ELSE ST_Reverse(ST_LineSubstring(ST_Transform(r.geom, f.srid), greatest(0, 1 - x.budget / r.length_m), 1)) END AS line
          FROM walk_reached x CROSS JOIN frame f
          JOIN zones.road r ON r.retired_at IS NULL AND (r.source = x.node OR r.target = x.node) AND r.length_m > 0
          UNION ALL
          SELECT s.asset_id, @radius - s.access, ST_LineSubstring(s.road_m, s.frac, least(1, s.frac + (@radius - s.access) / s.len))
          FROM walk_source s WHERE s.access < @radius AND s.frac < 1
          UNION ALL
          SELECT s.asset_id, @radius - s.access, ST_Reverse(ST_LineSubstring(s.road_m, greatest(0, s.frac - (@radius - s.access) / s.len), s.frac))
          FROM walk_source s WHERE s.access < @radius AND s.frac > 0
        ), walk_land AS MATERIALIZED (
          SELECT p.asset_id, ST_ConvexHull(ST_Collect(ST_Buffer(q.p0, q.r0, 8), ST_Buffer(q.p1, q.r1, 8))) AS g
          FROM walk_part p
          CROSS JOIN LATERAL (
            SELECT lag(v.geom) OVER w AS p0, lag(v.r) OVER w AS r0, v.geom AS p1, v.r AS r1
            FROM (SELECT d.path, d.geom,
                         greatest(0.01, least(@access, p.budget - ST_LineLocatePoint(p.line, d.geom) * ST_Length(p.line))) AS r
                  FROM ST_DumpPoints(ST_Segmentize(p.line, 20)) d) v
            WINDOW w AS (ORDER BY v.path)) q
          WHERE GeometryType(p.line) = 'LINESTRING' AND q.p0 IS NOT NULL
          UNION ALL
          SELECT s.asset_id, ST_Buffer(ST_Transform(s.geom, f.srid), least(@radius, @access), 16) FROM walk_source s CROSS JOIN frame f
        )
        """;
}
