namespace Zones.Server.Data.Transfer;

/// <summary>
/// The columns of each target, shared by import (which headers it recognises) and export (what it
/// writes, in this order), so an exported file imports again unchanged. Geometry columns come last:
/// <c>lon</c>/<c>lat</c> for points, <c>wkt</c> for lines and polygons (GeoJSON carries geometry itself).
/// </summary>
static class TransferFields
{
    public const string X = "lon";
    public const string Y = "lat";
    public const string Wkt = "wkt";

    static readonly FieldSpec[] PointColumns =
    [
        new(X, "经度", "lng", "longitude", "x", "X坐标", "东坐标", "easting"),
        new(Y, "纬度", "latitude", "y", "Y坐标", "北坐标", "northing"),
        new(Wkt, "WKT", "geometry", "geom", "the_geom", "几何", "图形", "坐标串"),
    ];

    static readonly FieldSpec WktColumn = PointColumns[2];

    static readonly FieldSpec Township = new("township_code", "乡镇代码") { ExportOnly = true };

    public static readonly FieldSpec[] Zones =
    [
        new("code", "编码", "代码", "片区编码", "区划代码", "编号"),   // none: numbered under the parent (ZoneCodes)
        new("name", "名称", "片区名称", "名字") { Required = true },
        new("level", "层级", "级别", "类型") { Required = true, Codes = CodeLists.ZoneLevel },
        new("parent_code", "上级编码", "parent", "上级代码", "父级编码", "上级片区编码"),
        new("status", "状态") { Codes = CodeLists.ZoneStatus },
        // Exported so an edited export is checked against what it was made from: a stale version is VERSION_CONFLICT.
        new("version", "版本", "版本号"),
        Township, WktColumn,
    ];

    public static readonly FieldSpec[] BuiltUpAreas =
    [
        new("name", "名称", "建成区名称", "名字") { Required = true },
        Township, WktColumn,
    ];

    public static readonly FieldSpec[] Units =
    [
        new("code", "编码", "单位编码", "代码", "编号") { Required = true },
        new("name", "名称", "单位名称", "单位") { Required = true },
        new("kind", "类型", "单位类型", "性质", "类别") { Required = true, Codes = CodeLists.UnitKind },
        new("phone", "联系电话", "电话", "办公电话", "联系方式"),
        new("parent", "上级单位", "parent_code", "上级单位编码", "上级编码", "上级"),
        new("parent_name", "上级单位名称") { ExportOnly = true },
        Township,
    ];

    // The 花名册 as township offices keep it: 姓名, 单位, 职务, 联系电话; a code (工号) when they have one.
    public static readonly FieldSpec[] People =
    [
        new("code", "编码", "人员编码", "工号", "编号", "代码"),
        new("name", "姓名", "名字", "名称") { Required = true },
        new("title", "职务", "职位", "岗位", "职务职级"),
        new("phone", "联系电话", "电话", "手机", "手机号", "手机号码", "联系方式"),
        new("unit", "单位", "unit_code", "所在单位", "工作单位", "单位编码", "部门", "所在部门"),
        new("unit_name", "单位名称") { ExportOnly = true },
        Township,
    ];

    // The 包联表: 包联对象, 对象类型, 责任人, 责任单位, 角色, 主责, 开始日期.
    public static readonly FieldSpec[] Assignments =
    [
        new("target_kind", "对象类型", "包联对象类型", "类型", "target_type") { Codes = CodeLists.TargetKind },
        new("target", "包联对象", "target_code", "对象编码", "包联对象编码", "对象", "包联片区", "包联路段") { Required = true },
        new("target_name", "对象名称") { ExportOnly = true },
        new("person", "责任人", "person_code", "责任人编码", "包联人", "包联干部", "负责人", "姓名"),
        new("person_name", "责任人姓名") { ExportOnly = true },
        new("unit", "责任单位", "unit_code", "责任单位编码", "包联单位", "所在单位", "单位"),
        new("unit_name", "责任单位名称") { ExportOnly = true },
        new("role", "角色", "包联角色", "身份") { Codes = CodeLists.AssignmentRole },
        new("is_primary", "主责", "primary", "是否主责", "主责/协助", "责任类型") { Codes = CodeLists.Primary },
        new("valid_from", "开始日期", "from", "起始日期", "包联开始日期", "开始时间"),
        new("valid_to", "结束日期", "to", "截止日期", "结束时间"),
        new("note", "备注", "说明"),
        Township,
    ];

    public static readonly FieldSpec[] Roads =
    [
        new("code", "编码", "编号", "路段编码", "路段编号", "代码") { Required = true },
        new("name", "名称", "道路名称", "路名", "路段名称") { Required = true },
        new("class", "等级", "道路等级", "类型", "类别", "road_class") { Required = true, Codes = CodeLists.RoadClass },
        // The geodesic length (zones.road.length_m, issue #12), the figure Road.lengthM and every gap report.
        new("length_m", "长度（米）") { ExportOnly = true },
        Township, WktColumn,
    ];

    public static readonly FieldSpec[] Assets =
    [
        new("identifier", "编码", "编号", "标识码", "部件编码", "部件标识码", "设施编号", "code") { Required = true },
        new("name", "名称", "部件名称", "设施名称"),
        new("kind", "类型", "种类", "部件类型", "设施类型", "type") { Required = true, Codes = CodeLists.AssetKind },
        new("subtype", "子类型", "细类") { Codes = CodeLists.Subtype },
        new("class_code", "分类代码", "部件代码", "小类代码", "部件小类代码"),
        new("status", "状态", "部件状态") { Codes = CodeLists.AssetStatus },
        new("maintainer", "养护单位编码", "maintainer_unit_code", "maintainer_code", "养护单位", "管护单位",
            "养护部门", "养护单位名称", "管护单位名称"),
        new("maintainer_name", "养护单位名称") { ExportOnly = true },
        new("owner", "权属单位编码", "owner_unit_code", "owner_code", "权属单位", "产权单位", "权属部门", "权属单位名称"),
        new("owner_name", "权属单位名称") { ExportOnly = true },
        new("road_code", "所在道路编码", "road", "道路编码", "所在道路", "所属道路", "路段编码"),
        new("install_date", "安装日期", "启用日期", "建成日期", "启用时间", "初始日期"),
        new("attributes", "属性", "扩展属性"),
        Township, .. PointColumns,
    ];

    public static readonly FieldSpec[] Complaints =
    [
        new("case_number", "案卷号", "案卷编号", "案件编号"),
        new("category_kind", "案件类型", "部件事件", "大类") { Codes = CodeLists.CategoryKind },
        new("category", "类别代码", "category_code", "问题类别", "案件小类", "小类", "类别名称", "类别"),
        new("category_name", "类别名称") { ExportOnly = true },
        new("source", "来源", "案件来源", "渠道") { Codes = CodeLists.Source },
        new("stage", "阶段", "状态", "办理状态", "环节") { Codes = CodeLists.Stage },
        new("urgency", "紧急程度", "紧急") { Codes = CodeLists.Urgency },
        new("description", "描述", "问题描述", "内容", "诉求内容", "案件描述") { Required = true },
        new("address", "地址", "位置", "发生地址", "问题地址"),
        new("asset_identifier", "部件编码", "部件标识码", "设施编号"),
        new("reported_at", "上报时间", "受理时间", "发生时间", "来电时间", "时间"),
        new("deadline", "截止时间", "处置时限", "办结时限"),
        new("closed_at", "结案时间", "办结时间"),
        new("reporter_name", "反映人", "投诉人", "来电人", "上报人"),
        new("reporter_phone", "联系电话", "电话", "手机"),
        new("external_id", "外部编号", "工单号", "来源编号"),
        new("zone_code", "所在片区编码") { ExportOnly = true },
        Township, .. PointColumns,
    ];

    public static readonly FieldSpec[] Shops =
    [
        new("code", "编码", "门店编码", "编号", "代码") { Required = true },
        new("name", "名称", "门店名称", "店名", "商铺名称") { Required = true },
        new("address", "地址", "门牌地址", "门牌号"),
        new("keeper_name", "店主", "keeper", "经营者", "负责人", "业主"),
        new("phone", "联系电话", "电话", "手机", "联系方式"),
        Township, .. PointColumns,
    ];

    public static readonly FieldSpec[] Places =
    [
        new("kind", "类型", "场所类型", "类别") { Required = true, Codes = CodeLists.PlaceKind },
        new("name", "名称", "场所名称", "名字") { Required = true },
        new("households", "户数", "住户数", "户"),
        Township, .. PointColumns,
    ];

    public static IReadOnlyList<FieldSpec> For(TransferTarget target) => target switch
    {
        TransferTarget.Zones => Zones,
        TransferTarget.Roads => Roads,
        TransferTarget.Assets => Assets,
        TransferTarget.BuiltUpAreas => BuiltUpAreas,
        TransferTarget.Units => Units,
        TransferTarget.People => People,
        TransferTarget.Assignments => Assignments,
        TransferTarget.Shops => Shops,
        TransferTarget.Places => Places,
        _ => Complaints,
    };

    /// <summary>True for targets whose rows are points (lon/lat columns rather than WKT on export).</summary>
    public static bool IsPoint(TransferTarget target) =>
        target is TransferTarget.Assets or TransferTarget.Complaints or TransferTarget.Shops or TransferTarget.Places;
}
