namespace Zones.Server.Data.Analysis;

/// <summary>The heat map's SQL: constant fragments chosen by the grid and weight enums, never built from input.</summary>
public sealed partial class HeatmapService
{
    // The grid is laid out in the local metric frame of CONTRACT12 §1 (transverse Mercator, central meridian
    // the nearest 0.5°, zones.township_metric_srid): within 0.25° of the meridian the scale error is below
    // 1e-5, so a 200 m cell is 200 m on the ground, at any longitude (the Gauss–Krüger zone clamped to
    // EPSG:4534–4554 it replaces was 8 % off at 25°E). EPSG:3857 would need the size scaled by
    // 1/cos(latitude), exact only on one parallel.
    const string PlainFrom = "zones.complaint_point t";

    // The category's time limit in days for the AGE weight, of the row in force (zones.category_of).
    const string AgeFrom = """
        zones.complaint_point t
        LEFT JOIN LATERAL (
          SELECT cc.time_limit::float8 * CASE cc.time_unit WHEN 'work_hours' THEN 1 / 8.0 WHEN 'hours' THEN 1 / 24.0 ELSE 1 END AS days
          FROM zones.category_of(t.township_code, t.category_kind, t.category_code) cc) lim ON true
        """;

    const string CountWeight = "1.0::float8";

    const string AgeWeight =
        "1 + greatest(0, extract(epoch FROM coalesce(t.closed_at, {now}) - t.reported_at)::float8 / 86400) / coalesce(nullif(lim.days, 0), 1)";

    const string OverdueWeight = """
        CASE WHEN t.deadline IS NULL OR t.stage IN ('shelved', 'voided') THEN 1.0::float8
             ELSE 1 + greatest(0, extract(epoch FROM coalesce(t.closed_at, {now}) - t.deadline)::float8 / 86400) END
        """;

    // The hexagon a point lies in is the one with the nearest centre (a regular hexagon grid is the
    // Voronoi diagram of its centres). ST_Hexagon(s, i, j) is centred at (1.5·s·i, √3·s·j), odd columns
    // shifted up by √3·s/2; a point between columns i0 and i0+1 can only belong to one of those two, so
    // two candidates per point replace a spatial join with a generated grid (which would also count a
    // point on a shared edge twice). Speed: each step is a LATERAL subquery kept apart by OFFSET 0 — inlined,
    // PostgreSQL would copy every expression into each one that uses it (the choice alone repeated x and y
    // a dozen times per row) — and the rows are grouped by the raw candidates (i0, j0, j1, which), a few
    // thousand groups, before the cell is picked from them.
    const string HexagonCells = """
        k AS (
          SELECT m.i0, r.j0, r.j1, c.first, count(*) AS n, sum(pts.w) AS w
          FROM pts
          CROSS JOIN LATERAL (SELECT floor(pts.x / (1.5 * {size}))::int AS i0 OFFSET 0) m
          CROSS JOIN LATERAL (SELECT round((pts.y - (m.i0 & 1) * {h} / 2) / {h})::int AS j0,
                                     round((pts.y - ((m.i0 + 1) & 1) * {h} / 2) / {h})::int AS j1 OFFSET 0) r
          CROSS JOIN LATERAL (SELECT (pts.x - 1.5 * {size} * m.i0) ^ 2 + (pts.y - {h} * r.j0 - (m.i0 & 1) * {h} / 2) ^ 2
                                     <= (pts.x - 1.5 * {size} * (m.i0 + 1)) ^ 2 + (pts.y - {h} * r.j1 - ((m.i0 + 1) & 1) * {h} / 2) ^ 2 AS first
                              OFFSET 0) c
          GROUP BY 1, 2, 3, 4
        ),
        cells AS (
          SELECT CASE WHEN first THEN i0 ELSE i0 + 1 END AS i, CASE WHEN first THEN j0 ELSE j1 END AS j, sum(n)::int AS n, sum(w)::float8 AS weight
          FROM k GROUP BY 1, 2
        )
        """;

    const string HexagonShape = "ST_Hexagon({size}, c.i, c.j, ST_SetSRID(ST_MakePoint(0, 0), {srid}))";

    // ST_Square(s, i, j) covers [s·i, s·(i+1)) × [s·j, s·(j+1)).
    const string SquareCells = """
        cells AS (SELECT floor(x / {size})::int AS i, floor(y / {size})::int AS j, count(*)::int AS n, sum(w)::float8 AS weight FROM pts GROUP BY 1, 2)
        """;

    const string SquareShape = "ST_Square({size}, c.i, c.j, ST_SetSRID(ST_MakePoint(0, 0), {srid}))";

    /// <summary>
    /// One statement: the filtered complaint points in the grid's frame, each assigned to one cell, aggregated,
    /// the cells returned in WGS84. Points stored in the grid's frame are used as they are; the others (a township
    /// in another frame) are transformed from lon/lat, once each.
    /// </summary>
    static string CellsSql(string from, string weight, string where, string cells, string shape, string srid, string size)
    {
        var h = $"({size} * sqrt(3))";
        return $"""
            WITH pts AS (
              SELECT t.x, t.y, {weight} AS w FROM {from} WHERE {where} AND t.srid = {srid}
              UNION ALL
              SELECT ST_X(p.g), ST_Y(p.g), {weight} AS w
              FROM {from} CROSS JOIN LATERAL (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326), {srid}::int) AS g OFFSET 0) p
              WHERE {where} AND t.srid <> {srid}
            ),
            {cells.Replace("{size}", size).Replace("{h}", h)}
            SELECT c.i, c.j, c.n, c.weight, ST_Transform({shape.Replace("{size}", size).Replace("{srid}", srid + "::int")}, 4326)
            FROM cells c
            ORDER BY c.i, c.j
            """;
    }

    /// <summary>
    /// DBSCAN per township in its metric frame (zones.township_metric_srid): eps = RepeatRadiusM, minpoints = RepeatHotspotMinimum
    /// (a core complaint has that many complaints, itself included, within eps). Largest first.
    /// </summary>
    static string HotspotsSql(string where, string codes, string radius, string minimum) => $"""
        WITH raw AS (
          SELECT t.township_code, t.geom, t.zone_id, t.category_code FROM zones.complaint t WHERE {where}
        ),
        settings AS (SELECT * FROM unnest({codes}::text[], {radius}::float8[], {minimum}::int[]) s(code, radius, minimum)),
        gk AS (SELECT code, zones.township_metric_srid(code) AS srid FROM (SELECT DISTINCT township_code AS code FROM raw) x),
        k AS (
          SELECT raw.*, ST_ClusterDBSCAN(ST_Transform(raw.geom, gk.srid), settings.radius, settings.minimum)
                          OVER (PARTITION BY raw.township_code) AS cid
          FROM raw JOIN settings ON settings.code = raw.township_code JOIN gk ON gk.code = raw.township_code
        )
        SELECT township_code, count(*)::int, ST_Centroid(ST_Collect(geom)),
               array_agg(DISTINCT category_code ORDER BY category_code), mode() WITHIN GROUP (ORDER BY zone_id)
        FROM k WHERE cid IS NOT NULL
        GROUP BY township_code, cid
        ORDER BY count(*) DESC, township_code, cid
        """;
}
