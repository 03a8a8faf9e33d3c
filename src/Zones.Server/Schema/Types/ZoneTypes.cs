using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>片区 (zones), their tree, and their 包联 owners.</summary>
public static class ZoneTypes
{
    public static readonly EnumType ZoneLevel = new("ZoneLevel", e =>
    {
        e.Description("Level in the tree 县 → 乡镇 → 片区 → 村/社区 → 组/网格.");
        e.Value("COUNTY", "county", "县");
        e.Value("TOWNSHIP", "township", "乡镇");
        e.Value("AREA", "area", "片区");
        e.Value("VILLAGE", "village", "村/社区");
        e.Value("GROUP", "group", "组/网格");
    });

    public static readonly EnumType ZoneStatus = new("ZoneStatus", e =>
    {
        e.Value("DRAFT", "draft", "草稿");
        e.Value("PUBLISHED", "published", "已发布");
        e.Value("RETIRED", "retired", "已撤销");
    });

    public static readonly ObjectType Zone = new("Zone", t =>
    {
        t.Description("A 片区 (responsibility zone) in its current version.");
        t.Field("id", "ID!");
        t.Field("code", "String!").Description("区划代码 + sequence (W→E, N→S).");
        t.Field("name", "String!");
        t.Field("level", "ZoneLevel!");
        t.Field("status", "ZoneStatus!");
        t.Field("townshipCode", "String!").Description("12-digit 统计用区划代码 of the township.");
        t.Field("version", "Int!").Description("Pass as expectedVersion when editing (optimistic concurrency).");
        t.Field("validFrom", "DateTime!");
        t.Field("boundary", "Geometry!", z => new GeometryValue(Row(z).Geometry, Row(z).AreaM2));
        t.Field("areaM2", "Float!", z => Row(z).AreaM2);
        t.Field("parent", "Zone", async (z, _, ctx) => Row(z).ParentId is { } p ? await Loaders.Zones(ctx).LoadAsync(p) : null);
        t.Field("children", "[Zone!]!", async (z, _, ctx) => await Loaders.ZoneChildren(ctx).LoadAsync(Row(z).Id));
        t.Field("owners", "[Assignment!]!", async (z, _, ctx) => await Loaders.ActiveOwners(ctx, TargetKind.Zone).LoadAsync(Row(z).Id))
            .Description("Active 包联 assignments of this zone (primary first).");
        t.Field("responsibleOwner", "Assignment", async (z, _, ctx) => (await Loaders.ResponsibleOwners(ctx).LoadAsync(Row(z).Id))?.Assignment)
            .Description("Who answers for this zone now: its own primary owner, else the nearest ancestor's (属地兜底).");
        t.Field("indicators", "IndicatorRow!", async (z, _, ctx) => await IndicatorTypes.ZoneIndicatorsAsync(ctx, Row(z)))
            .Argument("from", "DateTime").Argument("to", "DateTime")
            .Description("评价指标 of this zone's own subtree (reportedAt in [from, to)), for the map's details panel; batched per request.")
            .Cost(AnalysisQueries.PerZoneCost);
        t.Field("history", "[ZoneChange!]!", async (z, _, ctx) => await TimeTypes.HistoryAsync(ctx, Row(z).Id))
            .Description("Who changed the boundary, name, status or 包联 of this zone, newest first.");
    });

    public static readonly ObjectType ZoneEdge = Connections.EdgeOf("Zone", withDistance: false);

    public static readonly ObjectType ZoneConnection = Connections.Of("Zone");

    public static IEnumerable<NamedType> All => [ZoneLevel, ZoneStatus, Zone, ZoneEdge, ZoneConnection, .. OwnershipTypes.All, .. TimeTypes.All];

    static ZoneRow Row(object? z) => (ZoneRow)z!;
}
