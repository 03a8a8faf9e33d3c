namespace Zones.Server.Data.Tiles;

/// <summary>
/// The layers <c>/tiles</c> serves. Every feature carries its database id as the MVT feature id
/// (OpenLayers <c>feature.getId()</c>, GDAL <c>mvt_id</c>), except gaps and cluster cells.
/// </summary>
/// <remarks>
/// Freshness: zones, roads, assets and gaps are edited on the map, so their tiles may be kept only
/// 10 s and must be revalidated after that (the ETag makes a revalidation a cheap 304): another
/// planner's edit shows up within 10 s, and a client that just saved adds <c>?v=…</c> to bypass its
/// own cache at once. Open complaints change only through the workflow and a one-minute-old heat of
/// complaints is still true enough, so they keep 60 s.
/// Clustering: a z13 tile is about 4 km across here; a county's bins and lights (100k assets in the
/// benchmark data) put 35k points in one z14 tile already, so below z14 the point layers are
/// 64 × 64 cells per tile (≈ 75 m at z13, ≈ 600 m at z10): at most 4,096 features a tile.
/// </remarks>
public static class TileLayers
{
    /// <summary>Point layers are aggregated below this zoom.</summary>
    public const int ClusterBelowZoom = 14;

    /// <summary>Cells per tile side when aggregated: 4096 / 64 = 64 tile units a cell.</summary>
    public const int CellsPerSide = 64;

    static readonly Dictionary<string, string> ClusterFields = new()
    {
        ["cluster"] = $"仅 z<{ClusterBelowZoom}：true 表示该要素是聚合网格（每瓦片 {CellsPerSide}×{CellsPerSide} 格），位置为格内各点的中心",
        ["count"] = "仅聚合网格：格内的点数",
    };

    public static readonly TileLayer Zones = new("zones", "片区", "现行片区（县、乡镇、片区、村/社区、组/网格），含属地兜底后的责任主体，可按责任人着色；低缩放级别简化边界。",
        new Dictionary<string, string>
        {
            ["code"] = "片区编码", ["name"] = "片区名称", ["level"] = "层级：county/township/area/village/group",
            ["status"] = "状态：draft/published", ["township_code"] = "所属乡镇区划代码",
            ["owner_id"] = "责任主体 id（人员或单位）", ["owner_name"] = "责任主体名称（本片区无主责时取上级片区的，即属地兜底）",
            ["owner_kind"] = "责任主体类别：person（干部）/unit（单位）", ["owner_phone"] = "责任主体联系电话（公示牌所载）",
            ["owner_inherited"] = "true：本片区自身没有主责，owner_* 是上级片区的（属地兜底）",
        }, MaxAgeSeconds: 10);

    public static readonly TileLayer Roads = new("roads", "路段", "在用路段中心线及其包联单位/责任人。",
        new Dictionary<string, string>
        {
            ["code"] = "路段编码", ["name"] = "路名", ["class"] = "等级：arterial/secondary/branch/village/highway",
            ["owner_name"] = "现行主要包联责任主体（无则为空）",
        }, MaxAgeSeconds: 10);

    public static readonly TileLayer Assets = new("assets", "部件", $"在用部件（公厕、果皮箱、收集点、路灯等）；z<{ClusterBelowZoom} 时为聚合网格。",
        new Dictionary<string, string>(ClusterFields)
        {
            ["identifier"] = "部件标识码", ["kind"] = "类别：toilet/bin/collection_point/garbage_room/transfer_station/streetlight/landscape_light",
            ["subtype"] = "子类", ["status"] = "状态：good/damaged/unlit/lost/abandoned", ["name"] = "名称",
        }, MaxAgeSeconds: 10, ClusterBelowZoom);

    public static readonly TileLayer Complaints = new("complaints", "未办结案卷", $"未结案、未作废的案卷位置；z<{ClusterBelowZoom} 时为聚合网格，可作热力图权重。",
        new Dictionary<string, string>(ClusterFields)
        {
            ["case_number"] = "案卷号", ["stage"] = "环节：received/registered/dispatched/disposing/feedback/verifying/shelved",
            ["category_code"] = "问题类别代码", ["source"] = "来源：citizen/hotline_12345/inspection/assigned/media/open311",
            ["overdue"] = "是否超期（已过处置时限且未挂起）", ["reported_at"] = "上报时间（ISO 8601，北京时间）",
            ["overdue_count"] = "仅聚合网格：格内超期案卷数",
        }, MaxAgeSeconds: 60, ClusterBelowZoom);

    public static readonly TileLayer Gaps = new("gaps", "覆盖缺口", "覆盖分析发现的缺口（片区缺口与重叠、无责任主体、公厕/收集点服务半径外、缺灯段等），按乡镇计算并缓存，数据修改后重新计算。",
        new Dictionary<string, string>
        {
            ["kind"] = "缺口类别代码，如 unlit_road、toilet_reach", ["label"] = "类别中文名", ["description"] = "一句话说明，如“河埠路 739 米无路灯，需增设 27 盏”",
            ["area_m2"] = "面积（平方米），面状缺口", ["length_m"] = "长度（米），线状缺口", ["lights_needed"] = "需增设路灯数",
            ["bins_needed"] = "需增设果皮箱数", ["zone_id"] = "缺口所在（最具体的）片区 id",
        }, MaxAgeSeconds: 10);

    // Two kinds of feature in one layer: the shop's point and its 门前三包 stretch (a line carrying the
    // same id and shop fields, kind = frontage), so one layer draws both and a click on either opens the shop.
    public static readonly TileLayer Shops = new("shops", "门店", "在用门店（点）及其门前三包路段（线：最近道路上以门店为中心、门面宽度的一段，默认 10 米）。",
        new Dictionary<string, string>
        {
            ["kind"] = "要素类别：shop（门店点）/frontage（门前三包路段）", ["code"] = "门店编码", ["name"] = "门店名称",
            ["address"] = "地址", ["road_name"] = "门前三包所在道路", ["frontage_m"] = "门前三包路段长度（米）",
        }, MaxAgeSeconds: 10);

    public static readonly IReadOnlyList<TileLayer> All = [Zones, Roads, Assets, Complaints, Gaps, Shops];

    public static TileLayer? Find(string id) => All.FirstOrDefault(l => l.Id == id);

    /// <summary>"zones, roads, …" for error messages.</summary>
    public static string Names => string.Join(", ", All.Select(l => l.Id));
}
