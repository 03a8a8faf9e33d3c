using System.Text.Json.Nodes;
using Zones.GraphQL.Types;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>部件: bins, public toilets (incl. 旱厕), streetlights … with status and 管护单位.</summary>
public static class AssetTypes
{
    public static readonly EnumType AssetKind = new("AssetKind", e =>
    {
        e.Value("TOILET", "toilet", "公共厕所 (0301)");
        e.Value("BIN", "bin", "垃圾箱 (0305)");
        e.Value("COLLECTION_POINT", "collection_point", "垃圾收集点");
        e.Value("GARBAGE_ROOM", "garbage_room", "垃圾间(楼) (0304)");
        e.Value("TRANSFER_STATION", "transfer_station", "垃圾中转站");
        e.Value("STREETLIGHT", "streetlight", "路灯 (0118)");
        e.Value("LANDSCAPE_LIGHT", "landscape_light", "景观灯 (0120)");
    });

    public static readonly EnumType AssetStatus = new("AssetStatus", e =>
    {
        e.Value("GOOD", "good", "完好");
        e.Value("DAMAGED", "damaged", "损坏");
        e.Value("UNLIT", "unlit", "不亮");
        e.Value("LOST", "lost", "丢失");
        e.Value("ABANDONED", "abandoned", "废弃");
    });

    public static readonly ObjectType Asset = new("Asset", t =>
    {
        t.Description("A sanitation asset (部件), GB/T 30428 class code, with its maintainer (管护单位).");
        t.Field("id", "ID!");
        t.Field("identifier", "String!").Description("部件标识码.");
        t.Field("kind", "AssetKind!");
        t.Field("subtype", "String").Description("toilet: flush | dry (旱厕) | mobile; light: grid | solar; bin: sorting | single.");
        t.Field("classCode", "String!");
        t.Field("name", "String");
        t.Field("status", "AssetStatus!");
        t.Field("statusSince", "DateTime!");
        t.Field("installDate", "Date");
        t.Field("version", "Int!");
        t.Field("townshipCode", "String!");
        t.Field("attributes", "GeoJSON", a => JsonNode.Parse(Row(a).AttributesJson)).Description("Kind-specific attributes (JSON object).");
        t.Field("location", "Geometry!", a => new GeometryValue(Row(a).Geometry));
        t.Field("maintainer", "Unit", async (a, _, ctx) => Row(a).MaintainerUnitId is { } u ? await Loaders.Units(ctx).LoadAsync(u) : null);
        t.Field("ownerUnit", "Unit", async (a, _, ctx) => Row(a).OwnerUnitId is { } u ? await Loaders.Units(ctx).LoadAsync(u) : null);
        t.Field("road", "Road", async (a, _, ctx) => Row(a).RoadId is { } r ? await Loaders.Roads(ctx).LoadAsync(r) : null);
        t.Field("owners", "[Assignment!]!", async (a, _, ctx) => await Loaders.ActiveOwners(ctx, TargetKind.Asset).LoadAsync(Row(a).Id));
    });

    public static IEnumerable<NamedType> All => [AssetKind, AssetStatus, Asset, Connections.EdgeOf("Asset", true), Connections.Of("Asset")];

    static AssetRow Row(object? a) => (AssetRow)a!;
}
