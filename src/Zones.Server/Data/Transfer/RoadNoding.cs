namespace Zones.Server.Data.Transfer;

/// <summary>
/// Roads as a network (issue #11 §5): new lines are split at every junction — with each other, with
/// themselves, and with the township's live roads — so that segments run from intersection to
/// intersection, as the light, bin and 包联 rules assume. Shared by the road import (the staging
/// table) and <c>createRoad</c> (a one-row table); <c>$1</c> is the township code throughout.
/// </summary>
/// <remarks>
/// <para>The geometry stays in WGS84: junctions are topological (where lines meet), so no projection
/// is needed to find them, and projecting there and back would move every vertex by rounding. Only the
/// snapping distance is metric, measured on the geography (metres on the spheroid, right anywhere —
/// no Gauss–Krüger zone to pick); a degree box of <see cref="SearchDegrees"/> finds candidates first.</para>
/// <para>Pieces of one line are numbered along it; piece 1 keeps the line's code, piece k becomes
/// <c>CODE-k</c> (<c>R7</c>, <c>R7-2</c>, <c>R7-3</c> …); name, class and attributes go to every piece.</para>
/// </remarks>
static partial class RoadNoding
{
    /// <summary>
    /// How close (metres) an end of a new line must come to another line to be joined to it. A surveyed
    /// or digitised junction often misses by a few centimetres (a vertex placed by eye at 1:500 is
    /// ±0.2 m); 0.5 m joins those and still keeps apart roads that merely pass each other (lanes are
    /// 3 m or more apart).
    /// </summary>
    public const double SnapToleranceM = 0.5;

    const string SnapMetres = "0.5";

    /// <summary>A degree box larger than <see cref="SnapToleranceM"/> up to 75° north: 2e-5° of longitude is 0.52 m there.</summary>
    const string SearchDegrees = "2e-5";

    /// <summary>
    /// The statements that node the lines of <paramref name="table"/> (columns <c>row</c>, <c>code</c>,
    /// <c>geom</c>; constant name) and leave <c>road_piece (kind, key, code, geom, piece)</c>:
    /// kind <c>new</c> with key = row, kind <c>old</c> with key = the id of a live road of the township.
    /// </summary>
    public static string[] NodeSql(string table) =>
    [
        // The new lines, and the township's live roads within a metre of them; a road that the file
        // replaces (same code) is not a road to split.
        $"""
        CREATE TEMP TABLE road_line ON COMMIT DROP AS
        SELECT 'new'::text AS kind, s.row::bigint AS key, s.code, s.geom FROM {table} s
        UNION ALL
        SELECT 'old', r.id, r.code, r.geom FROM zones.road r
        WHERE r.township_code = $1 AND r.retired_at IS NULL
          AND r.code NOT IN (SELECT s.code FROM {table} s)
          AND r.id IN (SELECT r2.id FROM {table} s JOIN zones.road r2
                       ON r2.township_code = $1 AND ST_DWithin(s.geom::geography, r2.geom::geography, 1))
        """,
        "CREATE INDEX ON road_line USING gist (geom)",
        "ANALYZE road_line",
        SnapSql,
        """
        UPDATE road_line l SET geom = ST_SetPoint(l.geom, 0, s.point)
        FROM road_snap s WHERE l.kind = 'new' AND l.key = s.key AND s.n = 0
        """,
        """
        UPDATE road_line l SET geom = ST_SetPoint(l.geom, ST_NPoints(l.geom) - 1, s.point)
        FROM road_snap s WHERE l.kind = 'new' AND l.key = s.key AND s.n = -1
        """,
        JunctionSql,
        PieceSql,
    ];

    // Each end of a new line that touches no other line but passes within the tolerance of one moves
    // onto it: onto that line's end when the end is that close (two ends that nearly meet), else onto
    // the nearest point of the line (a T). Of two new lines whose ends nearly meet, the later row moves
    // to the earlier one's end, not both to each other's.
    const string SnapSql = $"""
        CREATE TEMP TABLE road_snap ON COMMIT DROP AS
        SELECT e.key, e.n, t.kind AS on_kind, t.key AS on_key, t.point
        FROM (SELECT key, 0 AS n, ST_StartPoint(geom) AS p FROM road_line WHERE kind = 'new'
              UNION ALL SELECT key, -1, ST_EndPoint(geom) FROM road_line WHERE kind = 'new') e
        CROSS JOIN LATERAL (
          SELECT o.kind, o.key, ends.hit IS NOT NULL AS at_end, coalesce(ends.hit, ST_ClosestPoint(o.geom, e.p)) AS point
          FROM road_line o
          LEFT JOIN LATERAL (SELECT x AS hit FROM (VALUES (ST_StartPoint(o.geom)), (ST_EndPoint(o.geom))) v (x)
                             WHERE ST_DWithin(x::geography, e.p::geography, {SnapMetres})
                             ORDER BY ST_Distance(x::geography, e.p::geography) LIMIT 1) ends ON true
          WHERE NOT (o.kind = 'new' AND o.key = e.key) AND ST_DWithin(o.geom, e.p, {SearchDegrees})
            AND ST_DWithin(o.geom::geography, e.p::geography, {SnapMetres})
          ORDER BY ST_Distance(o.geom::geography, e.p::geography), o.kind DESC, o.key
          LIMIT 1) t
        WHERE NOT EXISTS (SELECT 1 FROM road_line o
                          WHERE NOT (o.kind = 'new' AND o.key = e.key) AND ST_Intersects(o.geom, e.p))
          AND NOT (t.kind = 'new' AND t.key > e.key AND t.at_end)
        """;

    // Where each line meets another (points, or the ends of a shared stretch), computed once per pair
    // so both lines get the very same point; and the snapped ends on the lines they moved onto. Old
    // roads are split only where new lines meet them.
    const string JunctionSql = """
        CREATE TEMP TABLE road_junction ON COMMIT DROP AS
        WITH pair AS (
          SELECT a.kind AS a_kind, a.key AS a_key, b.kind AS b_kind, b.key AS b_key, ST_Intersection(a.geom, b.geom) AS x
          FROM road_line a JOIN road_line b ON ST_Intersects(a.geom, b.geom)
          WHERE a.kind = 'new' AND (b.kind = 'old' OR b.key > a.key)),
        point AS (
          SELECT p.a_kind, p.a_key, p.b_kind, p.b_key, d.geom
          FROM pair p, ST_Dump(p.x) part,
               ST_DumpPoints(CASE WHEN GeometryType(part.geom) = 'POINT' THEN part.geom ELSE ST_Boundary(part.geom) END) d)
        SELECT a_kind AS kind, a_key AS key, geom FROM point
        UNION ALL SELECT b_kind, b_key, geom FROM point
        UNION ALL SELECT on_kind, on_key, point FROM road_snap
        """;

    // A new line is first cut where it crosses itself (ST_Node; ST_Split would cut a loop at only one
    // of its two passes). ST_Split cuts a line only at its own vertices, so the junctions are snapped in
    // as vertices first (1e-9° ≈ 0.1 mm: only the rounding of the intersection is closed). Pieces are
    // numbered along the line.
    const string PieceSql = """
        CREATE TEMP TABLE road_piece ON COMMIT DROP AS
        SELECT l.kind, l.key, l.code, d.geom,
               row_number() OVER (PARTITION BY l.kind, l.key
                                  ORDER BY ST_LineLocatePoint(l.geom, ST_LineInterpolatePoint(d.geom, 0.5)))::int AS piece
        FROM road_line l
        LEFT JOIN LATERAL (SELECT ST_Collect(j.geom) AS blade FROM road_junction j WHERE j.kind = l.kind AND j.key = l.key) b ON true
        CROSS JOIN LATERAL ST_Dump(CASE WHEN l.kind = 'new' THEN ST_Node(l.geom) ELSE l.geom END) n
        CROSS JOIN LATERAL ST_Dump(CASE WHEN b.blade IS NULL THEN n.geom
                                        ELSE ST_Split(ST_Snap(n.geom, b.blade, 1e-9), b.blade) END) d
        WHERE ST_Length(d.geom) > 0
        """;

    /// <summary>The code of piece <c>k</c> of a line coded <c>code</c> (SQL): <c>code</c>, <c>code-2</c>, <c>code-3</c> ….</summary>
    public const string PieceCodeSql = "CASE WHEN p.piece = 1 THEN p.code ELSE p.code || '-' || p.piece END";

    /// <summary>Row, code and number of pieces of every new line (<c>row int, code text, pieces int</c>).</summary>
    public const string SegmentsSql = """
        SELECT key::int, code, count(*)::int FROM road_piece WHERE kind = 'new' GROUP BY key, code ORDER BY key
        """;

    /// <summary>Live roads that new lines cross in their interior: <c>code text, pieces int</c>.</summary>
    public const string OldSplitsSql = """
        SELECT code, count(*)::int FROM road_piece WHERE kind = 'old' GROUP BY key, code HAVING count(*) > 1 ORDER BY code
        """;
}
