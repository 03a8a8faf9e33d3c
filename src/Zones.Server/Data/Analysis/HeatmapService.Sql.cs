namespace Zones.Server.Data.Analysis;

/// <summary>The heat map's SQL: constant fragments chosen by the grid and weight enums, never built from input.</summary>
public sealed partial class HeatmapService
{
    // The grid is laid out in the CGCS2000 3° Gauss–Krüger zone of the area (EPSG:4534–4554, no zone
    // prefix): within a 3° zone the scale error is below 0.03 %, so a 200 m cell is 200 m on the ground
    // anywhere in it. EPSG:3857 would need the size scaled by 1/cos(latitude), exact only on one parallel
    // (at 31°N a 3857 "metre" is 0.857 m), and cells would drift in size across a county. Zone number =
    // round(lon / 3), as GaussKrugerZone.ForLongitude; EPSG = 4534 + zone − 25.
    const string GkSridOfLon = "(4509 + least(greatest(round((({0}) / 3)::numeric), 25), 45)::int)";

    static string GkSrid(string lonExpression) => string.Format(System.Globalization.CultureInfo.InvariantCulture, GkSridOfLon, lonExpression);

    const string PlainFrom = "zones.complaint t";

    // The category's time limit in days for the AGE weight, of the row in force (zones.category_of).
    const string AgeFrom = """
        zones.complaint t
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
    // point on a shared edge twice).
    const string HexagonCells = """
        hx AS (SELECT x, y, w, s, s * sqrt(3) AS h, floor(x / (1.5 * s))::int AS i0 FROM pts, grid),
        cand AS (SELECT *, round((y - (i0 & 1) * h / 2) / h)::int AS j0, round((y - ((i0 + 1) & 1) * h / 2) / h)::int AS j1 FROM hx),
        dist AS (SELECT *, (x - 1.5 * s * i0) ^ 2 + (y - h * j0 - (i0 & 1) * h / 2) ^ 2 AS d0,
                           (x - 1.5 * s * (i0 + 1)) ^ 2 + (y - h * j1 - ((i0 + 1) & 1) * h / 2) ^ 2 AS d1 FROM cand),
        pick AS (SELECT w, CASE WHEN d0 <= d1 THEN i0 ELSE i0 + 1 END AS i, CASE WHEN d0 <= d1 THEN j0 ELSE j1 END AS j FROM dist),
        """;

    const string HexagonShape = "ST_Hexagon(grid.s, c.i, c.j, ST_SetSRID(ST_MakePoint(0, 0), grid.srid))";

    // ST_Square(s, i, j) covers [s·i, s·(i+1)) × [s·j, s·(j+1)).
    const string SquareCells = "pick AS (SELECT w, floor(x / s)::int AS i, floor(y / s)::int AS j FROM pts, grid),";

    const string SquareShape = "ST_Square(grid.s, c.i, c.j, ST_SetSRID(ST_MakePoint(0, 0), grid.srid))";

    /// <summary>
    /// One statement: filter, pick the grid CRS (bbox centre, else the extent of the scope's zones, else of
    /// the matching complaints), assign each complaint to one cell, aggregate, return the cells in WGS84.
    /// The first row always carries the total and the SRID, even when no cell is left.
    /// </summary>
    static string CellsSql(string from, string weight, string where, string cells, string shape,
                           string srid, string size, string townships, string zone) => $"""
        WITH raw AS (
          SELECT t.geom, {weight} AS w FROM {from} WHERE {where}
        ),
        grid AS (
          SELECT coalesce({srid}::int,
                   (SELECT {GkSrid("(ST_XMin(e) + ST_XMax(e)) / 2")}
                    FROM (SELECT ST_Extent(z.geom) AS e FROM zones.zone z
                          WHERE z.township_code = ANY({townships}) AND z.valid_to IS NULL
                            AND ({zone}::bigint IS NULL OR z.id = {zone}::bigint)) x WHERE e IS NOT NULL),
                   (SELECT {GkSrid("avg(ST_X(geom))")} FROM raw HAVING count(*) > 0),
                   4549) AS srid,
                 {size}::float8 AS s
        ),
        pts AS (SELECT ST_X(p) AS x, ST_Y(p) AS y, w FROM (SELECT ST_Transform(raw.geom, grid.srid) AS p, raw.w FROM raw, grid) q),
        {cells}
        cells AS (SELECT i, j, count(*)::int AS n, sum(w)::float8 AS weight FROM pick GROUP BY i, j)
        SELECT (SELECT count(*) FROM raw)::int, grid.srid, c.i, c.j, c.n, c.weight, ST_Transform({shape}, 4326)
        FROM grid LEFT JOIN cells c ON true
        ORDER BY c.i, c.j
        """;

    /// <summary>
    /// DBSCAN per township in its Gauss–Krüger CRS: eps = RepeatRadiusM, minpoints = RepeatHotspotMinimum
    /// (a core complaint has that many complaints, itself included, within eps). Largest first.
    /// </summary>
    static string HotspotsSql(string where, string codes, string radius, string minimum) => $"""
        WITH raw AS (
          SELECT t.township_code, t.geom, t.zone_id, t.category_code FROM zones.complaint t WHERE {where}
        ),
        settings AS (SELECT * FROM unnest({codes}::text[], {radius}::float8[], {minimum}::int[]) s(code, radius, minimum)),
        gk AS (SELECT township_code AS code, {GkSrid("avg(ST_X(geom))")} AS srid FROM raw GROUP BY township_code),
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
