namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// The SQL the road checks share (DOMAIN.md §5.2): a township's road segments in a metric frame, the
/// working assets near each segment projected to a position along it, and the stretches between
/// consecutive limits (segment start, asset positions, segment end). The checks add the rule on top.
/// </summary>
/// <remarks>
/// <para>
/// <b>Measure.</b> Lengths and positions are metres in the CGCS2000 3° Gauss–Krüger zone of the
/// segment's first vertex (EPSG:4534–4554, central meridian the multiple of 3° nearest to it, as
/// <c>Spatial/GaussKrugerZone.ForLongitude</c>). The projection is conformal, so
/// <c>ST_LineLocatePoint</c> finds the true foot of the perpendicular (in EPSG:4326 it would
/// measure degrees of longitude and latitude as equal), and its scale error is at most 2.5e-4 at a
/// zone edge; on the demo at 119.8°E it agrees with <c>ST_Length(geography)</c> to 1 cm on 783 m.
/// Both a segment's length and every position on it use the same zone, so stretches add up to the
/// segment exactly.
/// </para>
/// <para>
/// <b>Near.</b> "Within d m of the centreline" is <c>ST_DWithin(geography)</c> (on the spheroid),
/// written as <c>a.geom::geography</c> so the planner uses the functional index
/// <c>asset_geog_idx</c> of migration 0005 for each segment (a nested loop of index probes; a
/// county's hundreds of thousands of lights are never scanned). Either side of the road counts.
/// </para>
/// <para>
/// <b>Shared lamps.</b> An asset counts for every segment it is within d m of, including a joining
/// segment at a junction: it stands there and serves both. Beyond a segment's end it projects onto
/// the end (position = length), so it shortens nothing but closes the last stretch.
/// </para>
/// <para>
/// <b>Any township's assets.</b> A lamp or bin counts whoever keeps it: a border road lit from the
/// neighbouring township is lit. This is also what keeps the plan on the spatial index: with a
/// <c>township_code</c> filter and no statistics yet (a freshly loaded township), the planner
/// preferred <c>asset_kind_status_idx</c> and ran ST_DWithin on every lamp for every segment
/// (6 s instead of 22 ms for the lighting check on the demo).
/// </para>
/// </remarks>
static class RoadStretches
{
    /// <summary>
    /// CTE <c>seg(id, class, geom, srid, mgeom, len)</c>: live segments of <c>@township</c> touching
    /// the scope zone (<see cref="GapScope.Touches"/>) and matching <paramref name="where"/> (over
    /// <c>r</c>); <c>mgeom</c> is the segment in its Gauss–Krüger zone <c>srid</c>, <c>len</c> its length in metres.
    /// </summary>
    public static string Segments(string where) => $"""
        seg AS MATERIALIZED (
          SELECT r.id, r.class, r.geom, z.srid, m.mgeom, ST_Length(m.mgeom) AS len
          FROM zones.road r
          CROSS JOIN LATERAL (SELECT {ZoneSrid} AS srid) z
          CROSS JOIN LATERAL (SELECT ST_Transform(r.geom, z.srid) AS mgeom) m
          WHERE r.township_code = @township AND r.retired_at IS NULL AND {GapScope.Touches("r.geom")}
            AND {where}
        )
        """;

    // 3° zone number = round(lon / 3) (halves away from zero, as numeric round does); EPSG = 4509 + zone.
    // Clamped to the zones PostGIS knows (73.5°E–136.5°E) so a stray test road elsewhere still measures.
    const string ZoneSrid = "least(4554, greatest(4534, 4509 + round((ST_X(ST_StartPoint(r.geom)) / 3)::numeric)::int))";

    /// <summary>
    /// CTE <c>pos(seg_id, len, class, srid, frac, h)</c>: every working asset (status good, not
    /// retired) of a kind in <c>@kinds</c> within <c>@reach</c> metres of a segment, as the fraction
    /// along it (0 = start, 1 = end), with <paramref name="height"/> (over <c>a</c>; "NULL" when the
    /// rule needs none).
    /// </summary>
    public static string Positions(string height) => $"""
        pos AS (
          SELECT s.id AS seg_id, s.len, s.class, s.srid,
                 ST_LineLocatePoint(s.mgeom, ST_Transform(a.geom, s.srid)) AS frac, {height} AS h
          FROM seg s
          JOIN zones.asset a ON ST_DWithin(a.geom::geography, s.geom::geography, @reach)
          WHERE a.kind = ANY(@kinds) AND a.status = 'good' AND a.retired_at IS NULL
        )
        """;

    /// <summary>
    /// CTE <c>stretch(seg_id, len, class, srid, f0, f1, g, h0, h1, n)</c>: consecutive limits along
    /// each segment (f as fractions, g the stretch's length in metres, h the heights of the assets at
    /// both ends, null at a segment end) and n, the number of positions on the segment. A segment
    /// with n = 0 has exactly one stretch, 0 → 1.
    /// </summary>
    /// <remarks>
    /// At equal fractions the start sorts first and the end last, so an asset exactly at an end (or
    /// beyond it) bounds the neighbouring stretch itself and the stretch to the end is empty. One
    /// sort and window pass (lag, and the count over the same partition) replaces a loop per
    /// segment. The segment's figures ride along instead of being joined back from <c>seg</c>:
    /// without statistics (a freshly loaded township) the planner ran such joins of two CTEs as
    /// nested loops, stretches × segments.
    /// </remarks>
    public const string Stretches = """
        lim AS (
          SELECT seg_id, len, class, srid, frac, h, 1 AS tie FROM pos
          UNION ALL SELECT id, len, class, srid, 0, NULL, 0 FROM seg
          UNION ALL SELECT id, len, class, srid, 1, NULL, 2 FROM seg
        ),
        stretch AS (
          SELECT *, (f1 - f0) * len AS g FROM (
            SELECT seg_id, len, class, srid, lag(frac) OVER w AS f0, frac AS f1, lag(h) OVER w AS h0, h AS h1,
                   count(*) FILTER (WHERE tie = 1) OVER (PARTITION BY seg_id) AS n
            FROM lim WINDOW w AS (PARTITION BY seg_id ORDER BY frac, tie)) x
          WHERE f0 IS NOT NULL
        )
        """;

    /// <summary>
    /// WKB (EPSG:4326) of stretch <c>st</c> on its road <c>r</c> (joined by primary key for the few
    /// rows reported), cut in the same metric frame the fractions were measured in.
    /// </summary>
    public const string StretchGeom = "ST_Transform(ST_LineSubstring(ST_Transform(r.geom, st.srid), st.f0, st.f1), 4326)";

    /// <summary>
    /// SQL for ⌈<paramref name="length"/> / <paramref name="spacing"/>⌉ − 1, the items to add so no
    /// stretch exceeds the spacing. The ratio is rounded to 1e-6 first so that a stretch of exactly
    /// n spacings, measured a micrometre long, does not ask for one more.
    /// </summary>
    public static string ItemsToAdd(string length, string spacing) =>
        $"(ceil(round((({length}) / ({spacing}))::numeric, 6)) - 1)::int";
}
