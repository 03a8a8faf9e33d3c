namespace Zones.Server.Data.Tiles;

// Every statement binds $1 z, $2 x, $3 y (int) and $4 the caller's readable townships (text[]; GapsSql has the gaps there).
// Rules (MAP-NOTES §3.2): the tile box is transformed to the columns' SRID (4326), never the column
// to 3857, so the GiST index on geom answers it. Raw layers use ST_Intersects, which is that index
// test (&&) plus an exact one: && alone compares float4-rounded boxes, up to ~0.7 m (5 tile units at
// z16) wide of the box here, so tiles would hold a few rows no SQL count of the tile agrees on.
// ST_AsMVTGeom clips to the tile plus a 64-unit buffer, the same 64/4096 margin as the query box;
// only the attributes the map needs are selected.
public sealed partial class TileStore
{
    const int Extent = 4096;
    const int Buffer = 64;

    // env: the tile (3857) ST_AsMVTGeom clips to; q: the index box with the buffer; exact: the tile
    // itself in 4326 (cluster cells count each point in one tile only); unit: one tile unit in metres.
    const string Bounds = """
        b AS (
          SELECT ST_TileEnvelope($1, $2, $3) AS env,
                 ST_Transform(ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096), 4326) AS q,
                 ST_Transform(ST_TileEnvelope($1, $2, $3), 4326) AS exact,
                 40075016.68557849 / 4096 / 2 ^ $1 AS unit
        )
        """;

    // The caller's readable townships (RequestAccess.ReadableAsync); township_code is indexed on every table.
    const string Visible = "t.township_code = ANY($4)";

    /// <summary>
    /// 3857 shape of <paramref name="geom"/>; below z14 simplified by 4 tile units (¼ pixel on a
    /// 256-px tile, ½ on a HiDPI one): invisible, but large township polygons lose most vertices.
    /// </summary>
    static string Shape(string geom) =>
        $"CASE WHEN $1 < 14 THEN ST_Simplify(ST_Transform({geom}, 3857), 4 * b.unit, true) ELSE ST_Transform({geom}, 3857) END";

    static string MvtGeom(string geom) => $"ST_AsMVTGeom({Shape(geom)}, b.env, {Extent}, {Buffer}, true)";

    // Responsible owner with 属地兜底 (zones.responsible_owner, migration 0010): each zone of the tile's
    // primary owner in force now, else its nearest published ancestor's (owner_inherited: the map
    // hatches such a zone as unowned). Parents draw first, so children paint over them.
    static readonly string ZonesSql = $"""
        WITH {Bounds}
        SELECT ST_AsMVT(m, 'zones', {Extent}, 'geom', 'id') FROM (
          SELECT t.id, t.code, t.name, t.level, t.status, t.township_code,
                 coalesce(o.person_id, o.unit_id) AS owner_id, coalesce(p.name, u.name) AS owner_name,
                 CASE WHEN o.person_id IS NOT NULL THEN 'person' WHEN o.unit_id IS NOT NULL THEN 'unit' END AS owner_kind,
                 coalesce(p.phone, u.phone) AS owner_phone, o.levels_up > 0 AS owner_inherited, {MvtGeom("t.geom")} AS geom
          FROM zones.zone t CROSS JOIN b
          LEFT JOIN LATERAL zones.responsible_owner('zone', t.id, now()) o ON true
          LEFT JOIN zones.person p ON p.id = o.person_id
          LEFT JOIN zones.unit u ON u.id = o.unit_id
          WHERE ST_Intersects(t.geom, b.q) AND t.valid_to IS NULL AND {Visible}
          ORDER BY zones.level_rank(t.level), t.id
        ) m
        """;

    static readonly string RoadsSql = $"""
        WITH {Bounds}
        SELECT ST_AsMVT(m, 'roads', {Extent}, 'geom', 'id') FROM (
          SELECT t.id, t.code, t.name, t.class, o.owner_name, {MvtGeom("t.geom")} AS geom
          FROM zones.road t CROSS JOIN b
          LEFT JOIN LATERAL (
            SELECT coalesce(p.name, u.name) AS owner_name
            FROM zones.primary_assignment('road', t.id, now()) a
            LEFT JOIN zones.person p ON p.id = a.person_id
            LEFT JOIN zones.unit u ON u.id = a.unit_id
          ) o ON true
          WHERE ST_Intersects(t.geom, b.q) AND t.retired_at IS NULL AND {Visible}
        ) m
        """;

    // LIMIT 50000 is pg_tileserv's safety valve; at z ≥ 14 the demo's densest tile holds a few hundred.
    static readonly string AssetsSql = $"""
        WITH {Bounds}
        SELECT ST_AsMVT(m, 'assets', {Extent}, 'geom', 'id') FROM (
          SELECT t.id, t.identifier, t.kind, t.subtype, t.status, t.name, {MvtGeom("t.geom")} AS geom
          FROM zones.asset t, b
          WHERE ST_Intersects(t.geom, b.q) AND t.retired_at IS NULL AND {Visible}
          LIMIT 50000
        ) m
        """;

    // A shop's point and its frontage (zones.shop_frontage, 0021) as two features with the shop's id; the
    // frontage is found for the shops of the tile (with its buffer), so a stretch crossing a tile edge
    // whose shop lies in the next tile beyond the buffer is drawn by that tile only: at most half a
    // width (5 m) of line, less than the 64-unit buffer from z10 up to z17.
    static readonly string ShopsSql = $"""
        WITH {Bounds},
        s AS (
          SELECT t.id, t.code, t.name, t.address, t.geom, f.geom AS frontage, r.name AS road_name,
                 round(f.length_m::numeric, 1)::float8 AS frontage_m
          FROM zones.shop t CROSS JOIN b
          LEFT JOIN LATERAL zones.shop_frontage(t.township_code, t.geom, t.frontage_m) f ON true
          LEFT JOIN zones.road r ON r.id = f.road_id
          WHERE ST_Intersects(t.geom, b.q) AND t.retired_at IS NULL AND {Visible}
          LIMIT 50000
        )
        SELECT ST_AsMVT(m, 'shops', {Extent}, 'geom', 'id') FROM (
          SELECT s.id, 'frontage' AS kind, s.code, s.name, s.address, s.road_name, s.frontage_m, {MvtGeom("s.frontage")} AS geom
          FROM s CROSS JOIN b WHERE s.frontage IS NOT NULL
          UNION ALL
          SELECT s.id, 'shop', s.code, s.name, s.address, s.road_name, s.frontage_m, {MvtGeom("s.geom")}
          FROM s CROSS JOIN b
        ) m
        """;

    // zones.complaint_is_open inlines to exactly complaint_open_geom_idx's predicate, so the partial
    // index still serves it (checked with EXPLAIN, migration 0010).
    const string OpenComplaint = "zones.complaint_is_open(t.stage)";

    const string Overdue = "zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now())";

    static readonly string ComplaintsSql = $"""
        WITH {Bounds}
        SELECT ST_AsMVT(m, 'complaints', {Extent}, 'geom', 'id') FROM (
          SELECT t.id, t.case_number, t.stage, t.category_code, t.source, {Overdue} AS overdue,
                 to_char(t.reported_at, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM') AS reported_at, {MvtGeom("t.geom")} AS geom
          FROM zones.complaint t, b
          WHERE ST_Intersects(t.geom, b.q) AND {OpenComplaint} AND {Visible}
          LIMIT 50000
        ) m
        """;

    /// <summary>
    /// Points of <paramref name="table"/> counted in 64 × 64 cells per tile. Cells come from floor()
    /// on offsets from the tile's corner rather than ST_SnapToGrid, which rounds to the nearest node:
    /// a snapped cell would straddle tile edges and count an edge point in two tiles, whereas here
    /// every point lands in one cell of one tile, so counts add up across tiles. The cell's feature
    /// sits at the mean of its points, where the points actually are.
    /// </summary>
    /// <remarks>
    /// MATERIALIZED transforms each point once, and grouping by the cell numbers alone keeps the sort
    /// cheap: inlined, with the envelope in the GROUP BY, a z13 tile of 1,039 points took 164 ms, now 18 ms.
    /// </remarks>
    static string ClusterSql(string layer, string table, string where, string late, string extra) => $"""
        WITH {Bounds},
        c AS MATERIALIZED (
          SELECT floor((ST_X(p.g) - ST_XMin(b.env)) / (ST_XMax(b.env) - ST_XMin(b.env)) * {TileLayers.CellsPerSide})::int AS cx,
                 floor((ST_YMax(b.env) - ST_Y(p.g)) / (ST_YMax(b.env) - ST_YMin(b.env)) * {TileLayers.CellsPerSide})::int AS cy,
                 p.g, p.late
          FROM (SELECT ST_Transform(t.geom, 3857) AS g, {late} AS late
                FROM {table} t, b
                WHERE t.geom && b.exact AND {where} AND {Visible}) p, b
        )
        SELECT ST_AsMVT(m, '{layer}', {Extent}, 'geom', 'id') FROM (
          SELECT c.cy * {TileLayers.CellsPerSide} + c.cx + 1 AS id, true AS cluster, count(*)::int AS count{extra},
                 ST_AsMVTGeom(ST_Centroid(ST_Collect(c.g)), ST_TileEnvelope($1, $2, $3), {Extent}, {Buffer}, true) AS geom
          FROM c
          WHERE c.cx BETWEEN 0 AND {TileLayers.CellsPerSide - 1} AND c.cy BETWEEN 0 AND {TileLayers.CellsPerSide - 1}
          GROUP BY c.cx, c.cy
        ) m
        """;

    static readonly string AssetCellsSql = ClusterSql("assets", "zones.asset", "t.retired_at IS NULL", "false", "");

    static readonly string ComplaintCellsSql = ClusterSql("complaints", "zones.complaint", OpenComplaint, Overdue,
        ", count(*) FILTER (WHERE c.late)::int AS overdue_count");

    // Gaps come from the in-memory cache (GapTileCache), already cut to the tile's box; $4… carry them.
    // A check may return a GEOMETRYCOLLECTION, which MVT cannot hold: keep its highest dimension.
    static readonly string GapsSql = $"""
        WITH {Bounds}
        SELECT ST_AsMVT(m, 'gaps', {Extent}, 'geom') FROM (
          SELECT u.kind, u.label, u.description, u.area_m2, u.length_m, u.lights_needed, u.bins_needed, u.zone_id,
                 {MvtGeom("g.shape")} AS geom
          FROM unnest($4::geometry[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::float8[], $10::int[], $11::int[], $12::int8[])
               AS u(shape, kind, label, description, area_m2, length_m, lights_needed, bins_needed, zone_id)
          CROSS JOIN LATERAL (SELECT u.shape AS raw) r
          CROSS JOIN LATERAL (SELECT CASE WHEN GeometryType(r.raw) = 'GEOMETRYCOLLECTION'
                                          THEN ST_CollectionExtract(r.raw, ST_Dimension(r.raw) + 1) ELSE r.raw END AS shape) g
          CROSS JOIN b
        ) m
        """;

    // The readable townships whose current zones reach into the tile; their gaps come from the coverage
    // cache, which knows each township's analysis revision (migration 0018).
    const string GapTownshipsSql = $"""
        WITH {Bounds}
        SELECT s.division_code
        FROM zones.township s, b
        WHERE s.division_code = ANY($4)
          AND EXISTS (SELECT 1 FROM zones.zone z WHERE z.township_code = s.division_code AND z.valid_to IS NULL AND z.geom && b.q)
        ORDER BY s.division_code
        """;

    /// <summary>
    /// What a tile of <paramref name="layer"/> shows, as a short text that changes whenever the tile may:
    /// the sum of the readable townships' counters of the layer (0019_tile_revisions.sql; they only
    /// grow, so the sum moves with any of them). Owners of zones and roads also change when an
    /// assignment starts or ends at its set time: the number of assignment bounds still ahead changes
    /// then. Overdue complaints change as deadlines pass: their revision also carries the minute
    /// (their tiles may be kept 60 s anyway).
    /// </summary>
    static string RevisionSql(TileLayer layer, string townships)
    {
        var counter = $"(SELECT coalesce(sum(r.{layer.Id}), 0) FROM zones.tile_revision r WHERE r.township_code = ANY({townships}))";
        var clock = layer.Id switch
        {
            "zones" or "roads" => $"(SELECT count(*) FROM zones.assignment a WHERE a.township_code = ANY({townships}) AND (a.valid_from > now() OR a.valid_to > now()))",
            "complaints" => "floor(extract(epoch FROM now()) / 60)",
            _ => "0",
        };
        return $"concat_ws('.', {counter}, {clock})";
    }

    // The readable data's extent for TileJSON bounds ($1 the readable townships): zones cover every
    // other layer's features.
    const string ExtentSql = """
        SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
        FROM (SELECT ST_Extent(t.geom) AS e FROM zones.zone t WHERE t.valid_to IS NULL AND t.township_code = ANY($1)) x
        WHERE e IS NOT NULL
        """;
}
