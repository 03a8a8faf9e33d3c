using Zones.Server.Data.Transfer;

namespace Zones.Server.Data;

/// <summary>The JSON Schema type of a queryable (OGC API Features Part 3 §queryables).</summary>
enum QueryableType { String, Integer, Number, Boolean, Date, Timestamp, Geometry }

/// <summary>
/// One property of a feature collection a client may filter (CQL2, <c>?name=value</c>) or sort on.
/// </summary>
/// <param name="Name">The property name in the features' <c>properties</c> (and <c>geometry</c>).</param>
/// <param name="Sql">Its SQL expression over the collection's FROM (constant; never from input).</param>
/// <param name="Codes">For coded properties (status, stage …): the codes and their Chinese labels and
/// aliases, so <c>status = '损坏'</c> means <c>status = 'damaged'</c>. One list with import/export.</param>
/// <param name="Indexed">An index answers a filter on it (reported in the queryables document).</param>
sealed record Queryable(string Name, string Title, QueryableType Type, string Sql,
                        CodeList? Codes = null, bool Sortable = true, bool Indexed = false);

/// <summary>
/// What each collection lets clients filter and sort on: the properties of
/// <see cref="FeatureCollections"/> that are plain columns or cheap expressions, plus
/// <c>geometry</c> (SRID 4326, GiST-indexed). Every SQL fragment here is a constant.
/// </summary>
static class Queryables
{
    static Queryable Geometry(string type) => new("geometry", $"几何 geometry ({type})", QueryableType.Geometry, "t.geom", Sortable: false, Indexed: true);
    static Queryable Township => new("townshipCode", "乡镇代码 township code", QueryableType.String, "t.township_code", Indexed: true);

    static readonly Dictionary<string, Queryable[]> ByCollection = new()
    {
        [FeatureCollections.Zones.Id] =
        [
            new("code", "编码 code", QueryableType.String, "t.code"),
            new("name", "名称 name", QueryableType.String, "t.name"),
            new("level", "层级 level", QueryableType.String, "t.level", CodeLists.ZoneLevel),
            new("parentId", "上级片区 parent id", QueryableType.Integer, "t.parent_id"),
            new("status", "状态 status", QueryableType.String, "t.status", CodeLists.ZoneStatus),
            new("version", "版本 version", QueryableType.Integer, "t.version"),
            Township, Geometry("MultiPolygon"),
        ],
        [FeatureCollections.Roads.Id] =
        [
            new("code", "编码 code", QueryableType.String, "t.code"),
            new("name", "名称 name", QueryableType.String, "t.name"),
            new("class", "等级 class", QueryableType.String, "t.class", CodeLists.RoadClass),
            new("lengthM", "长度（米） length in metres", QueryableType.Number, "t.length_m"),
            Township, Geometry("LineString"),
        ],
        [FeatureCollections.Assets.Id] =
        [
            new("identifier", "编号 identifier", QueryableType.String, "t.identifier"),
            new("kind", "类型 kind", QueryableType.String, "t.kind", CodeLists.AssetKind),
            new("subtype", "子类 subtype", QueryableType.String, "t.subtype", CodeLists.Subtype),
            new("classCode", "部件分类代码 class code", QueryableType.String, "t.class_code"),
            new("name", "名称 name", QueryableType.String, "t.name"),
            new("status", "状态 status", QueryableType.String, "t.status", CodeLists.AssetStatus),
            new("statusSince", "状态起始 status since", QueryableType.Timestamp, "t.status_since"),
            new("maintainerName", "管护单位 maintaining unit", QueryableType.String, "m.name"),
            new("installDate", "安装日期 install date", QueryableType.Date, "t.install_date"),
            Township, Geometry("Point"),
        ],
        [FeatureCollections.Complaints.Id] =
        [
            new("caseNumber", "案卷编号 case number", QueryableType.String, "t.case_number"),
            new("categoryKind", "部件/事件 category kind", QueryableType.String, "t.category_kind", CodeLists.CategoryKind),
            new("categoryCode", "类别代码 category code", QueryableType.String, "t.category_code"),
            new("categoryName", "类别 category", QueryableType.String, "cat.name"),
            new("source", "来源 source", QueryableType.String, "t.source", CodeLists.Source),
            new("stage", "环节 stage", QueryableType.String, "t.stage", CodeLists.Stage, Indexed: true),
            new("reportedAt", "上报时间 reported at", QueryableType.Timestamp, "t.reported_at", Indexed: true),
            new("deadline", "办结期限 deadline", QueryableType.Timestamp, "t.deadline"),
            new("closedAt", "结案时间 closed at", QueryableType.Timestamp, "t.closed_at"),
            new("overdue", "是否超期 overdue", QueryableType.Boolean,
                "zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now())"),
            new("description", "描述 description", QueryableType.String, "t.description", Sortable: false),
            new("zoneId", "所在片区 zone id", QueryableType.Integer, "t.zone_id"),
            Township, Geometry("Point"),
        ],
        [FeatureCollections.Shops.Id] =
        [
            new("code", "编码 code", QueryableType.String, "t.code"),
            new("name", "名称 name", QueryableType.String, "t.name"),
            new("address", "地址 address", QueryableType.String, "t.address"),
            new("keeperName", "负责人 keeper", QueryableType.String, "t.keeper_name"),
            new("roadId", "门前路段 road id", QueryableType.Integer, "f.road_id"),
            Township, Geometry("Point"),
        ],
    };

    /// <summary>The queryables of a collection, in the order its features list their properties.</summary>
    public static IReadOnlyList<Queryable> Of(FeatureCollection c) => ByCollection[c.Id];

    /// <summary>The queryable called <paramref name="name"/> (case-sensitive, as CQL2 property names are), or null.</summary>
    public static Queryable? Find(FeatureCollection c, string name) => ByCollection[c.Id].FirstOrDefault(q => q.Name == name);
}
