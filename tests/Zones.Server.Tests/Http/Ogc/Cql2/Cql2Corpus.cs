namespace Zones.Server.Tests.Http.Ogc.Cql2;

/// <summary>A valid filter and the WHERE written by hand (over the collection's FROM) that must select the same rows.</summary>
/// <param name="Crs">filter-crs, when not CRS84.</param>
/// <param name="MayBeEmpty">The demo data need not hold a match (the case proves the predicate compiles and agrees).</param>
public sealed record Cql2ValidCase(string Collection, string Filter, string Where, string? Lang = null, string? Crs = null, bool MayBeEmpty = false)
{
    public override string ToString() => $"{Collection}: {Filter}";
}

/// <summary>An invalid filter and the character its 400 must point at (0: any position, as long as there is one).</summary>
public sealed record Cql2InvalidCase(string Collection, string Filter, int Position, string? Lang = null)
{
    public override string ToString() => $"{Collection}: {Filter}";
}

/// <summary>
/// The CQL2 corpus: Basic CQL2, advanced comparison, CASEI, temporal and spatial functions, in
/// both encodings, including the examples of the OGC CQL2 standard (21-065r2, Annex B) rewritten
/// for our queryables (marked "OGC"), and invalid filters with the character their error names.
/// </summary>
public static class Cql2Corpus
{
    const string Box = "POLYGON((119.78 31.01, 119.82 31.01, 119.82 31.05, 119.78 31.05, 119.78 31.01))";
    const string BoxSql = $"ST_GeomFromText('{Box}', 4326)";
    const string Here = "ST_SetSRID(ST_MakePoint(119.80, 31.03), 4326)";
    const string Geo4528 = "http://www.opengis.net/def/crs/EPSG/0/4528";

    public static readonly Cql2ValidCase[] Valid =
    [
        // Basic CQL2: comparison, logic, IS NULL, coded values by label or code (OGC: city='Toronto', …)
        new("assets", "status = '损坏'", "t.status = 'damaged'"),
        new("assets", "status = 'damaged'", "t.status = 'damaged'"),
        new("assets", "status <> '完好'", "t.status <> 'good'"),
        new("assets", "kind = '公厕' AND status = '完好'", "t.kind = 'toilet' AND t.status = 'good'"),
        new("assets", "kind = 'toilet' OR kind = '垃圾中转站'", "t.kind IN ('toilet', 'transfer_station')"),
        new("assets", "NOT (kind = 'streetlight')", "NOT t.kind = 'streetlight'"),
        new("assets", "not kind = 'streetlight' and not kind = 'bin'", "t.kind NOT IN ('streetlight', 'bin')"),
        new("assets", "name IS NULL", "t.name IS NULL"),
        new("assets", "name IS NOT NULL AND subtype = 'flush'", "t.name IS NOT NULL AND t.subtype = 'flush'"),
        new("assets", "installDate >= DATE('2020-01-01')", "t.install_date >= '2020-01-01'"),                 // OGC: updated >= date('1970-01-01')
        new("assets", "installDate < DATE('2020-01-01') AND kind = 'bin'", "t.install_date < '2020-01-01' AND t.kind = 'bin'"),
        new("assets", "maintainerName IS NULL", "m.name IS NULL", MayBeEmpty: true),
        new("assets", "identifier = '3305220118000001'", "t.identifier = '3305220118000001'"),
        new("assets", "\"status\" = 'lost' OR \"status\" = 'abandoned'", "t.status IN ('lost', 'abandoned')"),
        new("assets", "subtype = 'solar' AND status = '不亮'", "t.subtype = 'solar' AND t.status = 'unlit'"),
        new("assets", "TRUE AND kind = 'toilet'", "t.kind = 'toilet'"),
        new("assets", "FALSE", "false", MayBeEmpty: true),
        new("assets", "name = 'it''s'", "t.name = 'it''s'", MayBeEmpty: true),
        new("zones", "parentId = 1", "t.parent_id = 1"),
        new("zones", "level = '村'", "t.level = 'village'"),
        new("zones", "version >= 1 AND (level = 'area' OR level = 'group')", "t.version >= 1 AND t.level IN ('area', 'group')"),
        new("zones", "townshipCode = '330522125000'", "t.township_code = '330522125000'"),
        new("roads", "lengthM > 1000", "t.length_m > 1000"),
        new("roads", "lengthM <= 250.5", "t.length_m <= 250.5"),
        new("complaints", "stage = '结案'", "t.stage = 'closed'"),
        new("complaints", "overdue", "zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now())"),
        new("complaints", "overdue = false AND categoryKind = '部件'", "NOT zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now()) AND t.category_kind = 'component'"),
        new("complaints", "closedAt IS NULL", "t.closed_at IS NULL"),
        new("complaints", "closedAt > deadline", "t.closed_at > t.deadline", MayBeEmpty: true),       // OGC property-property
        new("complaints", "reportedAt >= '2026-11-01T00:00:00Z'", "t.reported_at >= '2026-11-01T00:00:00Z'", MayBeEmpty: true), // as GDAL writes instants
        new("shops", "keeperName = '钱明'", "t.keeper_name = '钱明'"),
        new("shops", "roadId IS NOT NULL", "f.road_id IS NOT NULL"),

        // Advanced comparison: LIKE, BETWEEN, IN (OGC: name LIKE 'Smith%', depth BETWEEN 100.0 AND 150.0, cityName IN (…))
        new("roads", "name LIKE '%村道'", "t.name LIKE '%村道'"),
        new("roads", "name NOT LIKE '%路'", "t.name NOT LIKE '%路'"),
        new("roads", "name LIKE '_288%'", "t.name LIKE '_288%'"),
        new("roads", "lengthM BETWEEN 200 AND 500.5", "t.length_m BETWEEN 200 AND 500.5"),
        new("roads", "lengthM NOT BETWEEN 200.0 AND 500.0", "NOT t.length_m BETWEEN 200 AND 500"),
        new("roads", "class IN ('主干路', '次干路')", "t.class IN ('arterial', 'secondary')"),
        new("roads", "class NOT IN ('village', 'highway')", "t.class NOT IN ('village', 'highway')"),          // OGC: category NOT IN (1,2,3,4)
        new("zones", "parentId IN (1, 2, 4)", "t.parent_id IN (1, 2, 4)"),
        new("complaints", "source IN ('12345热线', '巡查')", "t.source IN ('hotline_12345', 'inspection')"),
        new("complaints", "categoryName LIKE '%垃圾%'", "cat.name LIKE '%垃圾%'"),
        new("complaints", "description LIKE '%满溢%' AND stage <> 'voided'", "t.description LIKE '%满溢%' AND t.stage <> 'voided'"),
        new("shops", "name LIKE '%店'", "t.name LIKE '%店'"),
        new("assets", "classCode IN ('0301', '0305') AND installDate BETWEEN DATE('2015-01-01') AND DATE('2020-12-31')",
            "t.class_code IN ('0301', '0305') AND t.install_date BETWEEN '2015-01-01' AND '2020-12-31'"),

        // Case-insensitive comparison (OGC: CASEI(road_class) IN (CASEI('Οδος'), CASEI('Straße')))
        new("roads", "CASEI(name) = CASEI('x288县道')", "lower(t.name) = lower('x288县道')"),
        new("roads", "CASEI(name) IN (CASEI('X288县道'), CASEI('s208省道'))", "lower(t.name) IN ('x288县道', 's208省道')"),
        new("roads", "name ILIKE 'x288%'", "t.name ILIKE 'x288%'"),

        // Temporal functions (OGC: T_BEFORE(built, DATE('2015-01-01')), T_DURING(…, INTERVAL(…)))
        new("assets", "T_BEFORE(installDate, DATE('2010-01-01'))", "t.install_date < '2010-01-01'"),
        new("assets", "T_AFTER(installDate, DATE('2024-12-31'))", "t.install_date > '2024-12-31'"),
        new("assets", "T_DURING(installDate, INTERVAL('2016-01-01', '2017-01-01'))", "t.install_date > '2016-01-01' AND t.install_date < '2017-01-01'"),
        new("assets", "T_INTERSECTS(installDate, INTERVAL('..', '2005-01-01'))", "t.install_date <= '2005-01-01'"),
        new("assets", "T_DISJOINT(installDate, INTERVAL('2005-01-01', '2020-01-01'))", "t.install_date < '2005-01-01' OR t.install_date > '2020-01-01'"),
        new("complaints", "T_AFTER(reportedAt, TIMESTAMP('2026-11-01T00:00:00Z'))", "t.reported_at > '2026-11-01T00:00:00Z'", MayBeEmpty: true),
        new("complaints", "T_DURING(reportedAt, INTERVAL('2026-10-01T00:00:00Z', '2026-11-15T00:00:00+08:00'))",
            "t.reported_at > '2026-10-01T00:00:00Z' AND t.reported_at < '2026-11-15T00:00:00+08:00'", MayBeEmpty: true),
        new("complaints", "T_INTERSECTS(INTERVAL(reportedAt, closedAt), INTERVAL('2026-11-01', '..'))",
            "t.reported_at <= 'infinity' AND t.closed_at >= '2026-11-01'::date", MayBeEmpty: true),

        // Spatial functions (OGC: S_INTERSECTS(geometry, POINT(…)), S_WITHIN(location, BBOX(…)), S_CROSSES(road, …))
        new("assets", $"S_INTERSECTS(geometry, {Box})", $"ST_Intersects(t.geom, {BoxSql})"),
        new("assets", "S_WITHIN(geometry, BBOX(119.78, 31.01, 119.82, 31.05))", "ST_Within(t.geom, ST_MakeEnvelope(119.78, 31.01, 119.82, 31.05, 4326))"),
        new("assets", "kind = 'toilet' AND S_WITHIN(geometry, BBOX(119.78, 31.01, 0, 119.82, 31.05, 10))",     // OGC: floors>5 AND S_WITHIN(…)
            "t.kind = 'toilet' AND ST_Within(t.geom, ST_MakeEnvelope(119.78, 31.01, 119.82, 31.05, 4326))"),
        new("zones", "S_CONTAINS(geometry, POINT(119.80 31.03))", $"ST_Contains(t.geom, {Here})"),
        new("zones", "S_INTERSECTS(geometry, LINESTRING(119.76 31.00, 119.85 31.07))", "ST_Intersects(t.geom, ST_GeomFromText('LINESTRING(119.76 31.00, 119.85 31.07)', 4326))"),
        new("roads", "S_CROSSES(geometry, LINESTRING(119.76 31.03, 119.85 31.03))", "ST_Crosses(t.geom, ST_GeomFromText('LINESTRING(119.76 31.03, 119.85 31.03)', 4326))"),
        new("zones", $"S_OVERLAPS(geometry, {Box})", $"ST_Overlaps(t.geom, {BoxSql})"),
        new("zones", "S_DISJOINT(geometry, BBOX(119.78, 31.01, 119.79, 31.02))", "ST_Disjoint(t.geom, ST_MakeEnvelope(119.78, 31.01, 119.79, 31.02, 4326))"),
        new("zones", $"S_TOUCHES(geometry, {Box})", $"ST_Touches(t.geom, {BoxSql})", MayBeEmpty: true),
        new("assets", "S_EQUALS(geometry, POINT Z (119.80 31.03 12))", $"ST_Equals(t.geom, {Here})", MayBeEmpty: true),
        new("assets", $"S_INTERSECTS(geometry, GEOMETRYCOLLECTION(POINT(119.8 31.03), {Box}))", $"ST_Intersects(t.geom, {BoxSql})"),
        new("roads", "S_INTERSECTS(geometry, MULTIPOLYGON(((119.78 31.01, 119.79 31.01, 119.79 31.02, 119.78 31.01)), ((119.80 31.03, 119.81 31.03, 119.81 31.04, 119.80 31.03))))",
            "ST_Intersects(t.geom, ST_GeomFromText('MULTIPOLYGON(((119.78 31.01, 119.79 31.01, 119.79 31.02, 119.78 31.01)), ((119.80 31.03, 119.81 31.03, 119.81 31.04, 119.80 31.03)))', 4326))"),
        new("complaints", "S_INTERSECTS(geometry, MULTILINESTRING((119.76 31.03, 119.85 31.03), (119.80 31.00, 119.80 31.07))) OR S_WITHIN(geometry, BBOX(119.79, 31.02, 119.81, 31.04))",
            "ST_Intersects(t.geom, ST_GeomFromText('MULTILINESTRING((119.76 31.03, 119.85 31.03), (119.80 31.00, 119.80 31.07))', 4326)) OR ST_Within(t.geom, ST_MakeEnvelope(119.79, 31.02, 119.81, 31.04, 4326))"),

        // Distance on the ground (metres, geography)
        new("assets", "S_DWITHIN(geometry, POINT(119.80 31.03), 500)", $"ST_DWithin(t.geom::geography, {Here}::geography, 500)"),
        new("complaints", "S_DWITHIN(geometry, POINT(119.80 31.03), 1, kilometers) AND stage <> '结案'",
            $"ST_DWithin(t.geom::geography, {Here}::geography, 1000) AND t.stage <> 'closed'"),
        new("shops", "S_DWITHIN(geometry, MULTIPOINT((119.80 31.03), (119.82 31.04)), 300.5)",
            "ST_DWithin(t.geom::geography, ST_GeomFromText('MULTIPOINT((119.80 31.03), (119.82 31.04))', 4326)::geography, 300.5)", MayBeEmpty: true),
        new("zones", "S_DWITHIN(geometry, POINT(119.74 30.99), 4000)", "ST_DWithin(t.geom::geography, ST_SetSRID(ST_MakePoint(119.74, 30.99), 4326)::geography, 4000)"),

        // filter-crs: EPSG:4326 is latitude first; CGCS2000 3° zone 40 (EPSG:4528) northing first; EPSG:3857 x first
        new("assets", "S_WITHIN(geometry, BBOX(31.01, 119.78, 31.05, 119.82))", "ST_Within(t.geom, ST_MakeEnvelope(119.78, 31.01, 119.82, 31.05, 4326))",
            Crs: "http://www.opengis.net/def/crs/EPSG/0/4326"),
        new("assets", "S_INTERSECTS(geometry, BBOX(3432000, 40479000, 3436000, 40483000))",
            "ST_Intersects(t.geom, ST_Transform(ST_MakeEnvelope(40479000, 3432000, 40483000, 3436000, 4528), 4326))", Crs: Geo4528),
        new("assets", "S_DWITHIN(geometry, POINT(3434000 40481000), 400)",
            "ST_DWithin(t.geom::geography, ST_Transform(ST_SetSRID(ST_MakePoint(40481000, 3434000), 4528), 4326)::geography, 400)", Crs: Geo4528),
        new("zones", "S_INTERSECTS(geometry, POINT(13336000 3637000))",
            "ST_Intersects(t.geom, ST_Transform(ST_SetSRID(ST_MakePoint(13336000, 3637000), 3857), 4326))", Crs: "http://www.opengis.net/def/crs/EPSG/0/3857"),

        // CQL2-JSON: the same language in the other encoding
        new("assets", """{"op": "=", "args": [{"property": "status"}, "损坏"]}""", "t.status = 'damaged'", Lang: "cql2-json"),
        new("assets", """{"op": "and", "args": [{"op": "=", "args": [{"property": "kind"}, "toilet"]}, {"op": "isNull", "args": [{"property": "name"}]}]}""",
            "t.kind = 'toilet' AND t.name IS NULL", Lang: "cql2-json", MayBeEmpty: true),
        new("zones", """{"op": "or", "args": [{"op": "=", "args": [{"property": "level"}, "村"]}, {"op": "=", "args": [{"property": "parentId"}, 1]}]}""",
            "t.level = 'village' OR t.parent_id = 1", Lang: "cql2-json"),
        new("roads", """{"op": "between", "args": [{"property": "lengthM"}, 200, 500]}""", "t.length_m BETWEEN 200 AND 500", Lang: "cql2-json"),
        new("roads", """{"op": "in", "args": [{"property": "class"}, ["主干路", "village"]]}""", "t.class IN ('arterial', 'village')", Lang: "cql2-json"),
        new("roads", """{"op": "like", "args": [{"op": "casei", "args": [{"property": "name"}]}, {"op": "casei", "args": ["x288%"]}]}""",
            "lower(t.name) LIKE 'x288%'", Lang: "cql2-json"),
        new("roads", """{"op": "not", "args": [{"op": "like", "args": [{"property": "name"}, "%路"]}]}""", "t.name NOT LIKE '%路'", Lang: "cql2-json"),
        new("assets", """{"op": ">=", "args": [{"property": "installDate"}, {"date": "2020-01-01"}]}""", "t.install_date >= '2020-01-01'", Lang: "cql2-json"),
        new("complaints", """{"op": "t_after", "args": [{"property": "reportedAt"}, {"timestamp": "2026-11-01T00:00:00Z"}]}""",
            "t.reported_at > '2026-11-01T00:00:00Z'", Lang: "cql2-json", MayBeEmpty: true),
        new("complaints", """{"op": "t_during", "args": [{"property": "reportedAt"}, {"interval": ["2026-10-01T00:00:00Z", ".."]}]}""",
            "t.reported_at > '2026-10-01T00:00:00Z'", Lang: "cql2-json", MayBeEmpty: true),
        new("complaints", """{"op": "not", "args": [{"property": "overdue"}]}""", "NOT zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now())", Lang: "cql2-json"),
        new("assets", """{"op": "s_intersects", "args": [{"property": "geometry"}, {"type": "Polygon", "coordinates": [[[119.78, 31.01], [119.82, 31.01], [119.82, 31.05], [119.78, 31.05], [119.78, 31.01]]]}]}""",
            $"ST_Intersects(t.geom, {BoxSql})", Lang: "cql2-json"),
        new("assets", """{"op": "s_within", "args": [{"property": "geometry"}, {"bbox": [119.78, 31.01, 119.82, 31.05]}]}""",
            "ST_Within(t.geom, ST_MakeEnvelope(119.78, 31.01, 119.82, 31.05, 4326))", Lang: "cql2-json"),
        new("assets", """{"op": "s_dwithin", "args": [{"property": "geometry"}, {"type": "Point", "coordinates": [119.8, 31.03]}, 500]}""",
            $"ST_DWithin(t.geom::geography, {Here}::geography, 500)", Lang: "cql2-json"),
        new("roads", """{"op": "s_intersects", "args": [{"property": "geometry"}, {"type": "GeometryCollection", "geometries": [{"type": "LineString", "coordinates": [[119.76, 31.03], [119.85, 31.03]]}, {"type": "MultiPoint", "coordinates": [[119.8, 31.03]]}]}]}""",
            "ST_Intersects(t.geom, ST_GeomFromText('GEOMETRYCOLLECTION(LINESTRING(119.76 31.03, 119.85 31.03), MULTIPOINT(119.8 31.03))', 4326))", Lang: "cql2-json"),
    ];

    public static readonly Cql2InvalidCase[] Invalid =
    [
        new("assets", "status = ", 10),
        new("assets", "status == '损坏'", 9),
        new("assets", "status = '损坏", 10),
        new("assets", "statuss = 'good'", 1),
        new("assets", "status = '坏了'", 10),
        new("zones", "parentId = 'abc'", 12),
        new("assets", "installDate > '2020'", 15),
        new("assets", "status = 'good' AND", 20),
        new("assets", "(status = 'good'", 17),
        new("assets", "status = 'good')", 16),
        new("assets", "status != 'good'", 8),
        new("assets", "S_INTERSECTS(geometry, POLYGON((119 31, 120 31, 120 32)))", 32),
        new("assets", "S_INTERSECTS(geometry, POLYGON((119 31, 120 31, 120 32, 119 31.5)))", 32),
        new("assets", "S_INTERSECTS(geometry, POINT(119.8))", 35),
        new("assets", "S_INTERSECTS(geometry, 5)", 24),
        new("assets", "S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 1 0, 0 1, 0 0)))", 24),
        new("roads", "lengthM BETWEEN 100", 20),
        new("roads", "name LIKE 5", 11),
        new("roads", "class IN ()", 11),
        new("roads", "avg(lengthM) < 4", 1),                   // OGC: avg(windSpeed) < 4 — no functions offered
        new("roads", "lengthM - 150 > 0", 9),                  // OGC: balance-150.0 > 0 — no arithmetic
        new("complaints", "T_BEFORE(reportedAt, 5)", 22),
        new("complaints", "reportedAt > TIMESTAMP('2026-01-01 08:00')", 24),
        new("assets", "S_DWITHIN(geometry, POINT(119.8 31.03), -5)", 41),
        new("assets", "name = 'a' OR", 14),
        new("assets", "status = 'good' AND NOT", 24),
        new("assets", "DATE('2020-13-01') < installDate", 6),
        new("assets", "kind", 1),
        new("assets", "geometry = POINT(1 2)", 1),
        new("assets", "ACCENTI(name) = 'a'", 1),
        new("assets", "   ", 1),
        new("assets", "name = 'a' AND BBOX(1, 2, 3, 4)", 32),           // a geometry is no condition: a comparison was expected after it
        new("assets", "S_WITHIN(geometry, BBOX(3, 2, 1, 4))", 20),
        new("assets", "name = 'a' ; DROP TABLE zones.asset", 12),
        new("assets", """{"op": "=", "args": [{"property": "status"}]}""", 1, "cql2-json"),
        new("assets", """{"op": "foo", "args": []}""", 8, "cql2-json"),
        new("assets", """{"op": "=", "args": [{"property": "nope"}, 1]}""", 22, "cql2-json"),
        new("assets", """{"op": "=", "args": [""", 0, "cql2-json"),
        new("assets", """{"op": "in", "args": [{"property": "kind"}, "toilet"]}""", 45, "cql2-json"),
        new("assets", """{"op": "s_intersects", "args": [{"property": "geometry"}, {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0.5]]]}]}""", 95, "cql2-json"),
        new("assets", """{"op": ">=", "args": [{"property": "installDate"}, {"date": "2020-02-30"}]}""", 61, "cql2-json"),
        new("assets", """{"op": "=", "args": [{"property": "status"}, "坏了"]}""", 46, "cql2-json"),
    ];
}
