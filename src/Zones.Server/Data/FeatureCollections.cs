namespace Zones.Server.Data;

/// <summary>
/// One layer published as GeoJSON features (OGC API Features, the map): where its rows live and
/// which properties a feature carries. Every part is a constant: nothing here comes from input.
/// </summary>
/// <param name="Id">Collection id in URLs.</param>
/// <param name="From">FROM clause; the main table is aliased <c>t</c> and has <c>id</c> and <c>geom</c>.</param>
/// <param name="Where">Rows that are live (not retired, not superseded).</param>
/// <param name="Properties">A <c>json_build_object(…)</c> of the feature's properties.</param>
/// <param name="TimeColumn">The column the OGC <c>datetime</c> filter applies to, when there is one.</param>
/// <param name="HasReporter">Rows have <c>reporter_name</c> / <c>reporter_phone</c>: features carry them as
/// <c>reporterName</c> / <c>reporterPhone</c>, masked unless the caller may see them (ReporterPrivacy).</param>
sealed record FeatureCollection(
    string Id, string Title, string Description, string GeometryType,
    string From, string Where, string Properties, string? TimeColumn = null, bool HasReporter = false);

/// <summary>The collections of the map: zones, roads, assets, complaints, shops.</summary>
static class FeatureCollections
{
    public static readonly FeatureCollection Zones = new(
        "zones", "片区 Zones", "责任片区树：镇、片区、村/社区、组（当前版本）", "MultiPolygon",
        "zones.zone t", "t.valid_to IS NULL",
        """
        json_build_object('code', t.code, 'name', t.name, 'level', t.level, 'parentId', t.parent_id,
                          'status', t.status, 'version', t.version, 'townshipCode', t.township_code)
        """);

    public static readonly FeatureCollection Roads = new(
        "roads", "路段 Roads", "道路路段（在交叉口处打断）", "LineString",
        "zones.road t", "t.retired_at IS NULL",
        """
        json_build_object('code', t.code, 'name', t.name, 'class', t.class,
                          'lengthM', round(t.length_m::numeric, 1),
                          'townshipCode', t.township_code)
        """);

    public static readonly FeatureCollection Assets = new(
        "assets", "部件 Assets", "环卫部件：垃圾箱、公厕、路灯等", "Point",
        "zones.asset t LEFT JOIN zones.unit m ON m.id = t.maintainer_unit_id", "t.retired_at IS NULL",
        """
        json_build_object('identifier', t.identifier, 'kind', t.kind, 'subtype', t.subtype,
                          'classCode', t.class_code, 'name', t.name, 'status', t.status,
                          'statusSince', t.status_since, 'maintainerName', m.name,
                          'installDate', t.install_date, 'attributes', t.attributes,
                          'townshipCode', t.township_code)
        """);

    public static readonly FeatureCollection Complaints = new(
        "complaints", "案卷 Complaints", "群众投诉、12345、巡查发现的案卷", "Point",
        """
        zones.complaint t
        LEFT JOIN LATERAL zones.category_of(t.township_code, t.category_kind, t.category_code) cat ON true
        """,
        "true",
        """
        json_build_object('caseNumber', t.case_number, 'categoryKind', t.category_kind,
                          'categoryCode', t.category_code, 'categoryName', cat.name, 'source', t.source,
                          'stage', t.stage, 'reportedAt', t.reported_at, 'deadline', t.deadline,
                          'closedAt', t.closed_at,
                          'overdue', zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now()),
                          'description', t.description, 'zoneId', t.zone_id, 'townshipCode', t.township_code)
        """,
        TimeColumn: "t.reported_at", HasReporter: true);

    // The point is the feature's geometry; the 门前三包 stretch (zones.shop_frontage, 0021) travels as a
    // GeoJSON property, as OGC API Features has one geometry per feature.
    public static readonly FeatureCollection Shops = new(
        "shops", "门店 Shops", "门店及其门前三包路段（最近道路上、以门店为中心的门面宽度一段）", "Point",
        """
        zones.shop t
        LEFT JOIN LATERAL zones.shop_frontage(t.township_code, t.geom, t.frontage_m) f ON true
        LEFT JOIN zones.road r ON r.id = f.road_id
        """,
        "t.retired_at IS NULL",
        """
        json_build_object('code', t.code, 'name', t.name, 'address', t.address, 'keeperName', t.keeper_name,
                          'phone', t.phone, 'roadId', f.road_id, 'roadName', r.name,
                          'frontageLengthM', round(f.length_m::numeric, 1),
                          'frontage', ST_AsGeoJSON(f.geom, 7)::json, 'townshipCode', t.township_code)
        """);

    public static IReadOnlyList<FeatureCollection> All { get; } = [Zones, Roads, Assets, Complaints, Shops];

    public static FeatureCollection? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
