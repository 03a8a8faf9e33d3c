using System.Globalization;
using System.Text.Json.Nodes;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Inventory;
using Zones.Server.Data.Query;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>部件 and 路段 writes (planner, admin): create, update (all fields, as a form does), retire.</summary>
static class InventoryMutations
{
    static readonly string[] GeometryErrors = ["InvalidGeometryError", "GeometryTypeError"];

    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "createAsset", "Adds an asset (部件) to a township.", (input, ctx) => AssetAsync(ctx, input, "location",
            (editor, actor, g) => editor.CreateAssetAsync(actor, new(input.Text("townshipCode")!, AssetFields(input, g!)), ctx.CancellationToken)));
        Field(t, "updateAsset", "Replaces an asset's fields; a changed status restarts statusSince.", (input, ctx) => AssetAsync(ctx, input, "location",
            (editor, actor, g) => editor.UpdateAssetAsync(actor, new(input.RequiredId("id"), input.Int("expectedVersion"), AssetFields(input, g!)), ctx.CancellationToken)));
        Field(t, "retireAsset", "Takes an asset out of service (history keeps it).", (input, ctx) => AssetAsync(ctx, input, null,
            (editor, actor, _) => editor.RetireAssetAsync(actor, new(input.RequiredId("id"), input.Int("expectedVersion")), ctx.CancellationToken)));
        Field(t, "createRoad",
            "Adds a road to a township, split at its junctions with the township's live roads and with itself (ends within 0.5 m are joined): " +
            "roads lists every segment (CODE, CODE-2 …; road is the first); roads it crosses are split too (splitRoads: each with all its pieces, " +
            "the original keeping its id, code and 包联 for the first).", (input, ctx) => RoadAsync(ctx, input, "line",
            (editor, actor, g) => editor.CreateRoadAsync(actor, new(input.Text("townshipCode")!, RoadFields(input, g!)), ctx.CancellationToken)));
        Field(t, "updateRoad",
            "Replaces a road segment's fields. A new line is split at its junctions as in createRoad: road keeps the id (its first piece), " +
            "roads lists every piece, splitRoads the roads it now crosses with all their pieces.", (input, ctx) => RoadAsync(ctx, input, "line",
            (editor, actor, g) => editor.UpdateRoadAsync(actor, new(input.RequiredId("id"), input.Int("expectedVersion"), RoadFields(input, g!)), ctx.CancellationToken)));
        Field(t, "updateRoads",
            "Replaces several road segments in one transaction, all or nothing (a junction moved on the map moves the ends of every road " +
            "that meets there, so they keep sharing the node): every version is checked, every line written, then each new line is split " +
            "at its junctions as in updateRoad. roads lists the roads as saved with their new pieces, splitRoads other roads they now cross.",
            (input, ctx) => RoadsAsync(ctx, input));
        Field(t, "retireRoad", "Takes a road segment out of service (history keeps it).", (input, ctx) => RoadAsync(ctx, input, null,
            (editor, actor, _) => editor.RetireRoadAsync(actor, new(input.RequiredId("id"), input.Int("expectedVersion")), ctx.CancellationToken)));
    }

    static AssetFields AssetFields(IReadOnlyDictionary<string, object?> input, NetTopologySuite.Geometries.Geometry location) =>
        new(input.Code<AssetKind>("kind"), input.Text("classCode")!, input.Text("identifier")!, location, input.Text("subtype"),
            input.Text("name"), input.Code<AssetStatus>("status"), input.Id("maintainerUnitId"), input.Id("ownerUnitId"),
            input.Id("roadId"), input.Value<DateOnly>("installDate"), input.GetValueOrDefault("attributes") as JsonObject);

    static RoadFields RoadFields(IReadOnlyDictionary<string, object?> input, NetTopologySuite.Geometries.Geometry line) =>
        new(input.Text("code")!, input.Text("name")!, input.Code<RoadClass>("class"), line, input.GetValueOrDefault("attributes") as JsonObject);

    static Task<Dictionary<string, object?>> AssetAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input, string? geometryField,
        Func<AssetEditor, Actor, NetTopologySuite.Geometries.Geometry?, Task<AssetPayload>> edit) =>
        WriteAsync(ctx, input, geometryField, "修改部件", "edit assets", async (actor, g) =>
        {
            var payload = await edit(ctx.Get<AssetEditor>(), actor, g);
            return Result(payload.Errors, ("asset", await RowAsync(ctx, Sources.Assets, payload.Asset?.Id, a => a.Id)));
        });

    static Task<Dictionary<string, object?>> RoadAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input, string? geometryField,
        Func<RoadEditor, Actor, NetTopologySuite.Geometries.Geometry?, Task<RoadPayload>> edit) =>
        WriteAsync(ctx, input, geometryField, "修改路段", "edit roads", async (actor, g) =>
        {
            var payload = await edit(ctx.Get<RoadEditor>(), actor, g);
            return Result(payload.Errors, ("road", await RowAsync(ctx, Sources.Roads, payload.Road?.Id, r => r.Id)),
                          ("roads", await RowsAsync(ctx, Sources.Roads, payload.Roads.Select(r => r.Id), r => r.Id)),
                          ("splitRoads", await RowsAsync(ctx, Sources.Roads, payload.SplitRoads.Select(r => r.Id), r => r.Id)));
        });

    static async Task<Dictionary<string, object?>> RoadsAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input)
    {
        if (Require(ctx, "修改路段", "edit roads", Editors) is { } forbidden)
            return Fail(forbidden);
        var items = ((IEnumerable<object?>)input["roads"]!).Select(Map).ToList();
        var inputs = new List<UpdateRoadInput>();
        for (var i = 0; i < items.Count; i++)
        {
            var read = await GeometryInputs.ReadAsync(ctx, items[i], "line", items[i].Text("crs"), string.Create(CultureInfo.InvariantCulture, $"roads.{i}.line"));
            if (read.Error is { } bad)
                return Fail(bad);
            inputs.Add(new(items[i].RequiredId("id"), items[i].Int("expectedVersion"), RoadFields(items[i], read.Geometry!)));
        }
        var payload = await ctx.Get<RoadEditor>().UpdateRoadsAsync(ctx.Zones().Actor!, inputs, ctx.CancellationToken);
        return Result(payload.Errors, ("roads", await RowsAsync(ctx, Sources.Roads, payload.Roads.Select(r => r.Id), r => r.Id)),
                      ("splitRoads", await RowsAsync(ctx, Sources.Roads, payload.SplitRoads.Select(r => r.Id), r => r.Id)));
    }

    /// <summary>Role check, then the geometry (when the input has one), then the write.</summary>
    static async Task<Dictionary<string, object?>> WriteAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input, string? geometryField,
        string whatZh, string whatEn, Func<Actor, NetTopologySuite.Geometries.Geometry?, Task<Dictionary<string, object?>>> write)
    {
        if (Require(ctx, whatZh, whatEn, Editors) is { } forbidden)
            return Fail(forbidden);
        var read = geometryField is null ? default : await GeometryInputs.ReadAsync(ctx, input, geometryField, input.Text("crs"));
        return read.Error is { } bad ? Fail(bad) : await write(ctx.Zones().Actor!, read.Geometry);
    }

    static void AssetInput(InputObjectTypeBuilder t)
    {
        t.Field("kind", "AssetKind!");
        t.Field("classCode", "String!", "4 digits: 大类 + 小类, e.g. 0305 垃圾箱.");
        t.Field("identifier", "String!", "部件标识码, unique in the township: 4–32 letters, digits or '-'.");
        t.Field("location", "GeometryInput!", "A Point.");
        t.Field("crs", "String", "CRS of the location.", defaultValue: "WGS84");
        t.Field("subtype", "String", "Toilets: flush, dry or mobile.");
        t.Field("name", "String");
        t.Field("status", "AssetStatus!", defaultValue: "good");
        t.Field("maintainerUnitId", "ID", "管护单位.");
        t.Field("ownerUnitId", "ID");
        t.Field("roadId", "ID");
        t.Field("installDate", "Date");
        t.Field("attributes", "GeoJSON", "Kind-specific values as a JSON object, e.g. {\"pole_height_m\": 8, \"solar\": true}. Left out of an update, the stored ones are kept.");
    }

    static void RoadInput(InputObjectTypeBuilder t)
    {
        t.Field("code", "String!", "Unique in the township, retired segments included.");
        t.Field("name", "String!");
        t.Field("class", "RoadClass!");
        t.Field("line", "GeometryInput!", "A LineString, split at intersections.");
        t.Field("crs", "String", "CRS of the line.", defaultValue: "WGS84");
        t.Field("attributes", "GeoJSON", "Extra values as a JSON object. Left out of an update, the stored ones are kept.");
    }

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("CreateAssetInput", t => { t.Field("townshipCode", "String!"); AssetInput(t); }),
        new InputObjectType("UpdateAssetInput", t => { Versioned(t); AssetInput(t); }),
        new InputObjectType("RetireAssetInput", Versioned),
        new InputObjectType("CreateRoadInput", t => { t.Field("townshipCode", "String!"); RoadInput(t); }),
        new InputObjectType("UpdateRoadInput", t => { Versioned(t); RoadInput(t); }),
        new InputObjectType("UpdateRoadsInput", t => t.Field("roads", "[UpdateRoadInput!]!",
            "One entry per segment (at most 50), each with the version you read; a stale one writes nothing.")),
        new InputObjectType("RetireRoadInput", Versioned),
        Payload("createAsset", ("asset", "Asset")),
        Payload("updateAsset", ("asset", "Asset")),
        Payload("retireAsset", ("asset", "Asset")),
        Payload("createRoad", ("road", "Road"), ("roads", "[Road!]!"), ("splitRoads", "[Road!]!")),
        Payload("updateRoad", ("road", "Road"), ("roads", "[Road!]!"), ("splitRoads", "[Road!]!")),
        Payload("updateRoads", ("roads", "[Road!]!"), ("splitRoads", "[Road!]!")),
        Payload("retireRoad", ("road", "Road")),
        ErrorTypes.Union("createAsset", GeometryErrors),
        ErrorTypes.Union("updateAsset", GeometryErrors),
        ErrorTypes.Union("retireAsset"),
        ErrorTypes.Union("createRoad", GeometryErrors),
        ErrorTypes.Union("updateRoad", GeometryErrors),
        ErrorTypes.Union("updateRoads", GeometryErrors),
        ErrorTypes.Union("retireRoad"),
    ];
}
