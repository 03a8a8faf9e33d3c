namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// The SQL the road checks share (DOMAIN.md §5.2, issue #12): a township's road segments with their
/// neighbours in the road graph, the working assets near each segment as positions along it, the
/// stretches between consecutive limits (segment start, asset positions, segment end), and the dark
/// runs a rule judges — stretches alone, or two end stretches joined through a junction
/// (<see cref="LightGapEnds"/>). The checks add the rule on top.
/// </summary>
/// <remarks>
/// <para>
/// <b>Measure.</b> Every length is a fraction of the segment times <c>zones.road.length_m</c>, the
/// geodesic length of migration 0016, so a stretch has the same length in <c>Road.lengthM</c>, in
/// every gap and in exports, at any longitude. Fractions are located in the segment's own metric
/// frame, <c>zones.metric_srid(geom)</c>: a transverse Mercator centred within 0.25° of the
/// segment (scale error ≤ 1e-5), conformal, so <c>ST_LineLocatePoint</c> finds the true foot of the
/// perpendicular (in EPSG:4326 it would weigh degrees of longitude and latitude alike). No
/// Gauss–Krüger zone is picked or clamped.
/// </para>
/// <para>
/// <b>Near.</b> "Within d m of the centreline" is <c>ST_DWithin(geography)</c> (on the spheroid),
/// written as <c>a.geom::geography</c> so the planner probes the functional index
/// <c>asset_geog_idx</c> of migration 0005 for each segment. Either side of the road counts.
/// </para>
/// <para>
/// <b>Shared lamps.</b> An asset counts for every segment it is within d m of, including a joining
/// segment at a junction: it stands there and serves both. Beyond a segment's end it projects onto
/// the end (position = length), so it shortens nothing but closes the last stretch.
/// </para>
/// <para>
/// <b>Any township's assets and roads.</b> A lamp or bin counts whoever keeps it, and a junction joins
/// the segments of every township that meet there (the graph is global). Only the township's own
/// segments are reported; a run across a junction is reported by the township of its longer part.
/// </para>
/// </remarks>
static class RoadStretches
{
    /// <summary>
    /// CTEs <c>own_seg</c> and <c>seg(id, class, geom, source, target, len, srid, mgeom, own)</c>: live
    /// segments of <c>@township</c> touching the scope zone (<see cref="GapScope.Touches"/>) and matching
    /// <paramref name="where"/> (over <c>r</c>), plus — when <c>@through</c> — the live segments of any
    /// township matching it that share a node with them (<c>own</c> false: they join runs, are never
    /// reported; found by the source/target indexes, two probes a node: <c>OFFSET 0</c> keeps the
    /// lateral from being flattened into a hash join over every road, which the planner chose for lack of
    /// row estimates on CTEs). <c>len</c> = <c>road.length_m</c>, <c>mgeom</c> the segment in its metric frame <c>srid</c>.
    /// </summary>
    public static string Segments(string where) => $"""
        own_seg AS MATERIALIZED (
          SELECT r.id, r.class, r.geom, r.source, r.target, r.length_m AS len
          FROM zones.road r
          WHERE r.township_code = @township AND r.retired_at IS NULL AND {GapScope.Touches("r.geom")} AND {where}
        ),
        own_node AS (SELECT source AS node FROM own_seg WHERE @through UNION SELECT target FROM own_seg WHERE @through),
        nbr AS (
          SELECT e.id FROM own_node n
          CROSS JOIN LATERAL (SELECT r.id FROM zones.road r WHERE r.source = n.node
                              UNION ALL SELECT r.id FROM zones.road r WHERE r.target = n.node OFFSET 0) e
          EXCEPT SELECT id FROM own_seg
        ),
        seg AS MATERIALIZED (
          SELECT s.*, m.srid, ST_Transform(s.geom, m.srid) AS mgeom
          FROM (SELECT o.*, true AS own FROM own_seg o
                UNION ALL
                SELECT r.id, r.class, r.geom, r.source, r.target, r.length_m, false
                FROM nbr JOIN zones.road r ON r.id = nbr.id
                WHERE r.retired_at IS NULL AND {where}) s
          CROSS JOIN LATERAL (SELECT zones.metric_srid(s.geom) AS srid) m
        )
        """;

    /// <summary>
    /// CTE <c>pos(seg_id, class, len, srid, own, source, target, frac, h)</c>: every working asset (status good, not retired) of a kind in
    /// <c>@kinds</c> within <c>@reach</c> metres of a segment, as the fraction along it (0 = start,
    /// 1 = end), with <paramref name="height"/> (over <c>a</c>; "NULL" when the rule needs none).
    /// </summary>
    public static string Positions(string height) => $"""
        pos AS (
          SELECT s.id AS seg_id, s.class, s.len, s.srid, s.own, s.source, s.target,
                 ST_LineLocatePoint(s.mgeom, ST_Transform(a.geom, s.srid)) AS frac, {height} AS h
          FROM seg s
          JOIN zones.asset a ON ST_DWithin(a.geom::geography, s.geom::geography, @reach)
          WHERE a.kind = ANY(@kinds) AND a.status = 'good' AND a.retired_at IS NULL
        )
        """;

    /// <summary>
    /// CTEs <c>stretch</c> and <c>run</c>. A stretch is a pair of consecutive limits on a segment:
    /// <c>(seg_id, class, len, srid, own, f0, f1, g, h0, h1, n, node, k)</c> with f as fractions, g its
    /// length in metres, h the heights of the assets at both ends (null at a segment end), n the number
    /// of positions on the segment (a segment with n = 0 has one stretch, 0 → 1); an <b>end part</b> (a
    /// lit segment's stretch from an end to its first asset) has the end's <c>node</c> and a key
    /// <c>k</c> = 2 × id (+1 at the target end).
    /// <c>run(seg_id, class, len, srid, own, f0, f1, g, h0, h1, n, seg2, srid2, f20, f21)</c> is what a
    /// rule judges: every stretch that stands alone, and under <c>@through</c> each end part joined
    /// through its node to the nearest end part of another lit segment there (g the sum, h0/h1 the
    /// heights of the two bounding assets, the longer part first and the other in <c>seg2 …</c>), each
    /// pair once. <c>@ends</c> false leaves out end parts that stand alone (between_lights).
    /// </summary>
    /// <remarks>
    /// At equal fractions the start sorts first and the end last, so an asset exactly at an end (or
    /// beyond it) bounds the neighbouring stretch itself and the stretch to the end is empty. One sort
    /// and window pass replaces a loop per segment; the segment's figures ride along instead of being
    /// joined back (without statistics the planner ran such CTE joins as nested loops). The junction
    /// join is a hash join of the few end parts on their node: one pass over the graph, no loop.
    /// </remarks>
    public const string Runs = """
        lim AS (
          SELECT seg_id, class, len, srid, own, source, target, frac, h, 1 AS tie FROM pos
          UNION ALL SELECT id, class, len, srid, own, source, target, 0, NULL, 0 FROM seg
          UNION ALL SELECT id, class, len, srid, own, source, target, 1, NULL, 2 FROM seg
        ),
        stretch AS (
          SELECT seg_id, class, len, srid, own, f0, f1, (f1 - f0) * len AS g, h0, h1, n,
                 CASE WHEN n = 0 THEN NULL WHEN t0 = 0 THEN source WHEN t1 = 2 THEN target END AS node,
                 CASE WHEN n = 0 THEN NULL WHEN t0 = 0 THEN 2 * seg_id WHEN t1 = 2 THEN 2 * seg_id + 1 END AS k
          FROM (SELECT seg_id, class, len, srid, own, source, target, lag(frac) OVER w AS f0, frac AS f1,
                       lag(h) OVER w AS h0, h AS h1, lag(tie) OVER w AS t0, tie AS t1,
                       count(*) FILTER (WHERE tie = 1) OVER (PARTITION BY seg_id) AS n
                FROM lim WINDOW w AS (PARTITION BY seg_id ORDER BY frac, tie)) x
          WHERE f0 IS NOT NULL
        ),
        part AS MATERIALIZED (SELECT * FROM stretch WHERE @through AND k IS NOT NULL),
        link AS (
          SELECT DISTINCT ON (e.k) e.k AS ek, p.k AS pk
          FROM part e JOIN part p ON p.node = e.node AND p.k <> e.k
          ORDER BY e.k, p.g, p.k
        ),
        pair AS (
          SELECT DISTINCT least(l.ek, l.pk) AS a, greatest(l.ek, l.pk) AS b FROM link l
        ),
        joined AS (
          SELECT m.seg_id, m.class, m.len, m.srid, m.own, m.f0, m.f1, a.g + b.g AS g,
                 coalesce(m.h0, m.h1) AS h0, coalesce(o.h0, o.h1) AS h1, m.n,
                 o.seg_id AS seg2, o.srid AS srid2, o.f0 AS f20, o.f1 AS f21
          FROM pair p JOIN part a ON a.k = p.a JOIN part b ON b.k = p.b
          JOIN part m ON m.k = CASE WHEN a.g >= b.g THEN a.k ELSE b.k END
          JOIN part o ON o.k = CASE WHEN a.g >= b.g THEN b.k ELSE a.k END
        ),
        run AS (
          SELECT st.seg_id, st.class, st.len, st.srid, st.own, st.f0, st.f1, st.g, st.h0, st.h1, st.n,
                 NULL::bigint AS seg2, NULL::int AS srid2, NULL::float8 AS f20, NULL::float8 AS f21
          FROM stretch st
          WHERE st.own AND (st.k IS NULL OR (@ends AND st.k NOT IN (SELECT a FROM pair UNION ALL SELECT b FROM pair)))
          UNION ALL
          SELECT * FROM joined WHERE own
        )
        """;

    /// <summary>
    /// WKB (EPSG:4326) of run <c>st</c> on its road <c>r</c> and, for a run through a junction, the
    /// other part on road <c>r2</c> (both from <see cref="RoadsOfRun"/>), cut in the
    /// frames the fractions were measured in and merged into one line where they meet.
    /// </summary>
    public const string RunGeom = """
        CASE WHEN st.seg2 IS NULL THEN ST_Transform(ST_LineSubstring(ST_Transform(r.geom, st.srid), st.f0, st.f1), 4326)
             ELSE ST_LineMerge(ST_Collect(
                    ST_Transform(ST_LineSubstring(ST_Transform(r.geom, st.srid), st.f0, st.f1), 4326),
                    ST_Transform(ST_LineSubstring(ST_Transform(r2.geom, st.srid2), st.f20, st.f21), 4326))) END
        """;

    /// <summary>
    /// Joins road <c>r</c> of run <c>st</c> and road <c>r2</c> of its other part (null unless through a
    /// junction) by primary key, one index probe per reported row: <c>OFFSET 0</c> keeps the planner
    /// from hashing the whole road table, which it did for want of an estimate of the few runs reported.
    /// </summary>
    public const string RoadsOfRun = """
        CROSS JOIN LATERAL (SELECT * FROM zones.road x WHERE x.id = st.seg_id OFFSET 0) r
        LEFT JOIN LATERAL (SELECT * FROM zones.road x WHERE x.id = st.seg2 OFFSET 0) r2 ON true
        """;

    /// <summary>
    /// SQL for ⌈<paramref name="length"/> / <paramref name="spacing"/>⌉ − 1, the items to add so no
    /// stretch exceeds the spacing. The ratio is rounded to 1e-6 first so that a stretch of exactly
    /// n spacings, measured a micrometre long, does not ask for one more.
    /// </summary>
    public static string ItemsToAdd(string length, string spacing) =>
        $"(ceil(round((({length}) / ({spacing}))::numeric, 6)) - 1)::int";
}
