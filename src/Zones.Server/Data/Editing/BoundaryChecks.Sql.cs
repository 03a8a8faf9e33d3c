namespace Zones.Server.Data.Editing;

static partial class BoundaryChecks
{
    // ST_IsValidDetail gives PostGIS's reason and place; the structure method keeps the rings as
    // drawn (a bow-tie becomes two triangles) where 'linework' would keep every sliver.
    const string ValidateSql = """
        SELECT d.valid, d.reason, d.location,
               CASE WHEN d.valid THEN ST_Multi(i.g)
                              ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(i.g, 'method=structure'), 3)) END
        FROM (SELECT $1::geometry AS g) i CROSS JOIN LATERAL ST_IsValidDetail(i.g) d
        """;

    const string FitParentSql = """
        WITH i AS (SELECT $1::geometry AS g, $2::geometry AS parent),
             d AS (SELECT g, parent, ST_Multi(ST_CollectionExtract(ST_Difference(g, parent), 3)) AS outside FROM i)
        SELECT ST_Area(outside::geography), outside,
               ST_Multi(ST_CollectionExtract(ST_Intersection(g, parent), 3))
        FROM d
        """;

    // Each edited boundary against the live siblings under the same parent (the edited zones'
    // stored rows excluded) and against the other edited boundaries (each pair once). New zones
    // come with id 0. Interiors must meet ('2********'); touching edges are no overlap.
    const string OverlapsSql = """
        WITH edited AS (
          SELECT e.id, e.parent_id, e.name, e.geom
          FROM unnest($1::bigint[], $2::bigint[], $3::geometry[], $4::text[]) AS e(id, parent_id, geom, name)
        ), candidates AS (
          SELECT z.id, z.parent_id, z.name, z.geom, false AS edited
          FROM zones.zone z
          WHERE z.township_code = $5 AND z.valid_to IS NULL AND z.id <> ALL($1)
          UNION ALL
          SELECT id, parent_id, name, geom, true FROM edited
        )
        SELECT e.id, e.name, c.id, c.name, x.overlap, x.area
        FROM edited e
        JOIN candidates c ON c.parent_id IS NOT DISTINCT FROM e.parent_id AND c.geom && e.geom
                         AND (NOT c.edited OR c.id > e.id)
        CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(e.geom, c.geom), 3)) AS overlap) o
        CROSS JOIN LATERAL (SELECT o.overlap, ST_Area(o.overlap::geography) AS area) x
        WHERE ST_Relate(e.geom, c.geom, '2********') AND x.area > $6
        ORDER BY e.id, c.id
        """;

    // Land inside their parents that the edited zones covered before and that neither their new
    // boundaries nor a live sibling covers after: the gap the edit would open. Gaps that were
    // there before are not the edit's doing and are left to the topology report.
    const string GapSql = """
        WITH edited AS (
          SELECT e.id, e.geom FROM unnest($1::bigint[], $2::geometry[]) AS e(id, geom)
        ), old AS (
          SELECT z.parent_id, z.geom, p.geom AS parent
          FROM zones.zone z JOIN zones.zone p ON p.id = z.parent_id
          WHERE z.id = ANY($1)
        ), before AS (
          SELECT ST_Union(ST_Intersection(geom, parent)) AS g FROM old
        ), after AS (
          SELECT ST_Union(g) AS g FROM (
            SELECT geom AS g FROM edited
            UNION ALL
            SELECT z.geom FROM zones.zone z JOIN old o ON z.parent_id = o.parent_id AND z.geom && o.geom
            WHERE z.valid_to IS NULL AND z.id <> ALL($1)) s
        ), parts AS (
          SELECT d.geom FROM before, after,
            LATERAL ST_Dump(ST_CollectionExtract(
              ST_Difference(before.g, coalesce(after.g, 'SRID=4326;POLYGON EMPTY'::geometry)), 3)) d
          WHERE ST_Area(d.geom::geography) > $3
        )
        SELECT ST_Multi(ST_Collect(geom)), coalesce(sum(ST_Area(geom::geography)), 0) FROM parts
        """;

    // Live children of the edited zones that would stick out of their parent's new boundary
    // (children edited in the same call are taken with their new boundary).
    const string ChildrenOutsideSql = """
        WITH edited AS (
          SELECT e.id, e.geom FROM unnest($1::bigint[], $2::geometry[]) AS e(id, geom)
        )
        SELECT e.id, c.id, c.code, c.name, x.outside, ST_Area(x.outside::geography)
        FROM edited e
        JOIN zones.zone c ON c.parent_id = e.id AND c.valid_to IS NULL
        LEFT JOIN edited ce ON ce.id = c.id
        CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(
                              ST_Difference(coalesce(ce.geom, c.geom), e.geom), 3)) AS outside) x
        WHERE ST_Area(x.outside::geography) > $3
        ORDER BY e.id, c.id
        """;
}
