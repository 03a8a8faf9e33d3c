namespace Zones.Server.Data.Transfer;

// The SQL of the sibling topology. It works on the temporary table sibling (row int — null for the
// township's own rows —, code text, level text, parent_code text, geom geometry, imported boolean);
// siblings are rows with the same level and parent_code. Parameters are text, cast where used.
static partial class SiblingTopology
{
    /// <summary>
    /// Zones: the staged rows and the township's live zones beside them (same level and parent; a zone
    /// the file replaces — same code — is not a sibling). <c>$1</c> = township code.
    /// </summary>
    public const string ZoneSiblingsSql = """
        CREATE TEMP TABLE sibling ON COMMIT DROP AS
        SELECT s.row, s.code, s.level, s.parent_code, ST_Multi(s.geom) AS geom, true AS imported FROM import_zone s
        UNION ALL
        SELECT NULL, z.code, z.level, p.code, z.geom, false
        FROM zones.zone z LEFT JOIN zones.zone p ON p.id = z.parent_id
        WHERE z.township_code = $1 AND z.valid_to IS NULL
          AND z.code NOT IN (SELECT s.code FROM import_zone s WHERE s.code IS NOT NULL)
          AND (z.level, coalesce(p.code, '')) IN (SELECT s.level, coalesce(s.parent_code, '') FROM import_zone s)
        """;

    /// <summary>Zones: the snapped polygons replace the staged ones.</summary>
    public const string ZoneWriteBackSql = """
        UPDATE import_zone s SET geom = w.geom FROM sibling w WHERE w.imported AND w.row = s.row AND NOT ST_Equals(w.geom, s.geom)
        """;

    /// <summary>
    /// Built-up areas: the imported ones and the township's others (the file's names replace theirs)
    /// are one group of siblings; the name stands for the code.
    /// </summary>
    public const string BuiltUpSiblingsSql = """
        CREATE TEMP TABLE sibling ON COMMIT DROP AS
        SELECT s.row, s.name AS code, 'built_up'::text AS level, NULL::text AS parent_code, ST_Multi(s.geom) AS geom, true AS imported
        FROM import_built_up_area s
        UNION ALL
        SELECT NULL, b.name, 'built_up', NULL, b.geom, false FROM zones.built_up_area b
        WHERE b.township_code = $1 AND b.name NOT IN (SELECT s.name FROM import_built_up_area s)
        """;

    /// <summary>Built-up areas: the snapped polygons replace the staged ones.</summary>
    public const string BuiltUpWriteBackSql = """
        UPDATE import_built_up_area s SET geom = w.geom FROM sibling w WHERE w.imported AND w.row = s.row AND NOT ST_Equals(w.geom, s.geom)
        """;

    // The WGS84 UTM zone (EPSG 326xx north, 327xx south) of a geometry's centroid: a metric CRS right
    // anywhere for thickness and snapping. A township spans a few kilometres, far less than a zone's 6°,
    // so one zone serves a whole group of siblings; no single Gauss–Krüger zone is assumed.
    static string UtmSrid(string geom) => $"""
        (SELECT CASE WHEN ST_Y(c) < 0 THEN 32700 ELSE 32600 END + least(60, greatest(1, floor((ST_X(c) + 180) / 6)::int + 1))
         FROM (SELECT ST_Centroid({geom}) AS c) utm)
        """;

    // SliverWidthM / 2, GapWidthM / 2 and MinAreaM2 as SQL literals.
    const string SliverHalfWidth = "0.5", GapHalfWidth = "1", MinArea = "0.01";

    static readonly string GroupsSql = $"""
        grp AS (
          SELECT level, parent_code, ST_Union(geom) AS u, {UtmSrid("ST_Collect(geom)")} AS srid
          FROM sibling GROUP BY level, parent_code HAVING bool_or(imported))
        """;

    // Overlaps of each pair with an imported row (once per pair); gaps: the holes of the siblings'
    // union and the channels a closing by half the gap width fills, touching two siblings or more.
    static string FindSql(string into) => $"""
        CREATE TEMP TABLE {into} ON COMMIT DROP AS
        WITH {GroupsSql},
        overlap AS (
          SELECT ARRAY[a.code, b.code] AS codes, ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3) AS geom, g.srid
          FROM sibling a JOIN sibling b ON a.level = b.level AND a.parent_code IS NOT DISTINCT FROM b.parent_code
               AND a.imported AND (NOT b.imported OR b.row > a.row) AND ST_Intersects(a.geom, b.geom)
          JOIN grp g ON g.level = a.level AND g.parent_code IS NOT DISTINCT FROM a.parent_code),
        gap AS (
          SELECT g.level, g.parent_code, g.srid, d.geom AS geom_m
          FROM grp g
          CROSS JOIN LATERAL (SELECT ST_Transform(g.u, g.srid) AS um) m
          CROSS JOIN LATERAL ST_Dump(ST_Buffer(ST_Difference(
              ST_Union((SELECT ST_Union(ST_MakePolygon(ST_ExteriorRing(p.geom))) FROM ST_Dump(m.um) p),
                       ST_Buffer(ST_Buffer(m.um, {GapHalfWidth}, 'join=mitre'), -{GapHalfWidth}, 'join=mitre')),
              m.um), 0)) d
          WHERE ST_Area(d.geom) > {MinArea})
        SELECT CASE WHEN ST_IsEmpty(ST_Buffer(ST_Transform(o.geom, o.srid), -{SliverHalfWidth})) THEN 'sliver' ELSE 'overlap' END AS kind,
               o.codes, o.geom, false AS snapped
        FROM overlap o WHERE ST_Area(ST_Transform(o.geom, o.srid)) > {MinArea}
        UNION ALL
        SELECT 'gap', c.codes, ST_Transform(gp.geom_m, 4326), false
        FROM gap gp
        CROSS JOIN LATERAL (SELECT array_agg(s.code ORDER BY s.code) AS codes FROM sibling s
                            WHERE s.level = gp.level AND s.parent_code IS NOT DISTINCT FROM gp.parent_code
                              AND ST_DWithin(ST_Transform(s.geom, gp.srid), gp.geom_m, 0.01)) c
        WHERE cardinality(c.codes) >= 2
        """;

    const string KeepSql = "CREATE TEMP TABLE sibling_before ON COMMIT DROP AS SELECT row, code, geom FROM sibling WHERE imported";

    // $1 = tolerance (m): the imported rows with a sibling that close, in file order.
    const string RowsToSnapSql = """
        SELECT a.row FROM sibling a
        WHERE a.imported AND EXISTS (SELECT 1 FROM sibling b
                                     WHERE b.level = a.level AND b.parent_code IS NOT DISTINCT FROM a.parent_code
                                       AND b.row IS DISTINCT FROM a.row AND ST_DWithin(a.geom::geography, b.geom::geography, $1::float8))
        ORDER BY a.row
        """;

    // $1 = tolerance (m), $2 = row: its vertices snap to the siblings' within the tolerance (in UTM),
    // back in WGS84 onto their very vertices, then what still overlaps an earlier sibling is cut off.
    static readonly string SnapRowSql = $"""
        UPDATE sibling w SET geom = x.geom FROM (
          SELECT a.row, CASE WHEN ST_IsValid(n.geom) AND NOT ST_IsEmpty(n.geom) THEN n.geom ELSE a.geom END AS geom
          FROM sibling a
          CROSS JOIN LATERAL (SELECT ST_Collect(b.geom) AS others,
                                     ST_Union(b.geom) FILTER (WHERE NOT b.imported OR b.row < a.row) AS earlier
                              FROM sibling b WHERE b.level = a.level AND b.parent_code IS NOT DISTINCT FROM a.parent_code
                                AND b.row IS DISTINCT FROM a.row AND ST_DWithin(a.geom::geography, b.geom::geography, $1::float8)) o
          CROSS JOIN LATERAL (SELECT {UtmSrid("a.geom")} AS srid) u
          CROSS JOIN LATERAL (SELECT ST_Snap(ST_Transform(ST_Snap(ST_Transform(a.geom, u.srid), ST_Transform(o.others, u.srid), $1::float8), 4326),
                                             o.others, 1e-7) AS geom) s1
          CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(ST_MakeValid(
                                CASE WHEN o.earlier IS NULL THEN s1.geom ELSE ST_Difference(s1.geom, o.earlier) END), 3)) AS geom) n
          WHERE a.row = $2::int AND o.others IS NOT NULL) x
        WHERE w.row = x.row
        """;

    // $1 = tolerance (m): channels between siblings narrower than the tolerance go to the imported
    // sibling that borders them most, snapped onto the others and cut where they overlap them.
    static readonly string FillGapsSql = $"""
        WITH {GroupsSql},
        narrow AS (
          SELECT row_number() OVER () AS id, g.level, g.parent_code, g.srid, d.geom AS geom_m
          FROM grp g
          CROSS JOIN LATERAL (SELECT ST_Transform(g.u, g.srid) AS um) m
          CROSS JOIN LATERAL ST_Dump(ST_Buffer(ST_Difference(
              ST_Buffer(ST_Buffer(m.um, $1::float8 / 2, 'join=mitre'), -$1::float8 / 2, 'join=mitre'), m.um), 0)) d
          WHERE ST_Area(d.geom) > {MinArea}),
        taker AS (
          SELECT DISTINCT ON (n.id) s.row, ST_Transform(n.geom_m, 4326) AS gap
          FROM narrow n JOIN sibling s ON s.imported AND s.level = n.level AND s.parent_code IS NOT DISTINCT FROM n.parent_code
               AND ST_DWithin(ST_Transform(s.geom, n.srid), n.geom_m, 0.01)
          ORDER BY n.id, ST_Area(ST_Intersection(ST_Buffer(n.geom_m, 0.05), ST_Transform(s.geom, n.srid))) DESC, s.row),
        grown AS (
          SELECT w.row, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Difference(
                   ST_Union(w.geom, ST_Snap(t.gaps, coalesce(o.u, t.gaps), 1e-7)), coalesce(o.u, 'GEOMETRYCOLLECTION EMPTY'))), 3)) AS geom
          FROM (SELECT row, ST_Union(gap) AS gaps FROM taker GROUP BY row) t
          JOIN sibling w ON w.row = t.row
          CROSS JOIN LATERAL (SELECT ST_Union(b.geom) AS u FROM sibling b
                              WHERE b.level = w.level AND b.parent_code IS NOT DISTINCT FROM w.parent_code
                                AND b.row IS DISTINCT FROM w.row AND ST_Intersects(b.geom, ST_Expand(t.gaps, 1e-4))) o)
        UPDATE sibling w SET geom = g.geom FROM grown g
        WHERE w.row = g.row AND ST_IsValid(g.geom) AND NOT ST_IsEmpty(g.geom)
        """;

    // A finding snapping took away: nothing found after snapping where it was.
    const string SnappedSql = """
        UPDATE topology_before b SET snapped = NOT EXISTS (SELECT 1 FROM topology_after a WHERE ST_Intersects(a.geom, b.geom))
        """;

    const string AreaChangesSql = $"""
        SELECT w.row, coalesce(w.code, ''), ST_Area(b.geom::geography), ST_Area(w.geom::geography)
        FROM sibling w JOIN sibling_before b ON b.row = w.row
        WHERE abs(ST_Area(b.geom::geography) - ST_Area(w.geom::geography)) >= {MinArea}
        ORDER BY w.row
        """;

    const string FindingsSql = """
        SELECT kind, codes, ST_Area(geom::geography), snapped, ST_AsGeoJSON(geom, 7) FROM topology_before ORDER BY kind DESC, codes
        """;
}
