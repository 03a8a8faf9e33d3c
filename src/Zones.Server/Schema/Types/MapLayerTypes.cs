using Zones.GraphQL;
using Zones.GraphQL.Types;
using Zones.Server.Data.MapLayers;

namespace Zones.Server.Schema.Types;

/// <summary>
/// External map layers kept per user (issue #13 §2): XYZ tile templates, WMTS and WMS layers the web
/// map draws over its base map. Anonymous visitors keep theirs in the browser instead.
/// </summary>
public static class MapLayerTypes
{
    public static void Define(ObjectTypeBuilder t) =>
        t.Field("myMapLayers", "[ExternalLayer!]!", async (_, _, ctx) =>
                (ctx.Zones().Actor is { } actor ? await ctx.Get<MapLayerStore>().ListAsync(actor.Name, ctx.CancellationToken) : null)
                ?? throw new GraphQLError("外部图层按用户账号保存：请先登录（API key 没有外部图层）。未登录时图层只保存在本浏览器里。" +
                                          "External layers are kept per user account: sign in first (API keys have none; anonymous visitors keep them in the browser)."))
            .Description("The signed-in user's external map layers, in drawing order.");

    public static readonly EnumType Kind = new("ExternalLayerKind", e =>
    {
        e.Description("How an external layer's tiles or images are addressed.");
        e.Value("XYZ", "xyz", "A tile URL template with {z}/{x}/{y} (OpenStreetMap style).");
        e.Value("WMTS", "wmts", "OGC WMTS: the capabilities document's URL, a layer and a tile matrix set (天地图 included).");
        e.Value("WMS", "wms", "OGC WMS: the service URL and a layer, drawn as one image per view.");
    });

    public static readonly ObjectType Layer = new("ExternalLayer", t =>
    {
        t.Description("A map layer from another server that a user added to the web map.");
        t.Field("id", "ID!");
        t.Field("title", "String!");
        t.Field("kind", "ExternalLayerKind!");
        t.Field("url", "String!").Description("XYZ: the tile template; WMTS: the GetCapabilities URL; WMS: the service URL (key parameters such as tk= included).");
        t.Field("layer", "String").Description("WMTS / WMS layer identifier.");
        t.Field("matrixSet", "String").Description("WMTS tile matrix set, e.g. 天地图 w (EPSG:3857) or c (EPSG:4490).");
        t.Field("format", "String").Description("Image format, e.g. image/png, tiles.");
        t.Field("style", "String");
        t.Field("opacity", "Float!").Description("0 (invisible) to 1 (opaque).");
        t.Field("visible", "Boolean!");
        t.Field("position", "Int!").Description("Drawing order: 0 is drawn first (lowest).");
    });

    public static IEnumerable<NamedType> Types => [Kind, Layer];
}
