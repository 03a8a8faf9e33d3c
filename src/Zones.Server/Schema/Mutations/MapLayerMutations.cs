using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.MapLayers;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>
/// saveMapLayers: a signed-in user's external layers, saved as the whole list the layer panel shows.
/// A personal setting: any user account may keep its own, whatever its role or township.
/// </summary>
static class MapLayerMutations
{
    static readonly string[] Users = [Roles.Admin, Roles.Planner, Roles.Cadre, Roles.Viewer];

    public static void Define(ObjectTypeBuilder t) =>
        Field(t, "saveMapLayers", "Replaces your external map layers with this list (in drawing order, lowest first).",
            async (input, ctx) =>
            {
                if (Require(ctx, "保存外部图层", "save map layers", Users) is { } forbidden)
                    return Fail(forbidden);
                var layers = ((IEnumerable<object?>)input["layers"]!).Select(l => Layer(Map(l))).ToList();
                if (MapLayerChecks.Check(layers) is { } problem)
                    return Fail(problem);
                var saved = await ctx.Get<MapLayerStore>().ReplaceAsync(ctx.Zones().Actor!, layers, ctx.CancellationToken);
                return saved is null ? Fail(NotAUser) : Result([], ("layers", saved));
            });

    static readonly ForbiddenError NotAUser = new("外部图层按用户账号保存，API key 不能保存。External layers belong to user accounts, not API keys.");

    static MapLayerInput Layer(IReadOnlyDictionary<string, object?> l) =>
        new(l.Text("title") ?? "", l.Text("kind")!, l.Text("url") ?? "", l.Text("layer"), l.Text("matrixSet"), l.Text("format"), l.Text("style"),
            Convert.ToDouble(l.GetValueOrDefault("opacity") ?? 1.0, System.Globalization.CultureInfo.InvariantCulture), l.GetValueOrDefault("visible") is not false);

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("ExternalLayerInput", t =>
        {
            t.Field("title", "String!", "What the layer panel calls it.");
            t.Field("kind", "ExternalLayerKind!");
            t.Field("url", "String!", "http(s), at most 2 KB; XYZ needs {z}, {x} and {y}.");
            t.Field("layer", "String", "WMTS / WMS layer identifier (required for them).");
            t.Field("matrixSet", "String", "WMTS tile matrix set (required for WMTS).");
            t.Field("format", "String");
            t.Field("style", "String");
            t.Field("opacity", "Float", "0 to 1.", defaultValue: 1.0);
            t.Field("visible", "Boolean", defaultValue: true);
        }),
        new InputObjectType("SaveMapLayersInput", t => t.Field("layers", "[ExternalLayerInput!]!", "Every layer, lowest first (an empty list removes them all).")),
        Payload("saveMapLayers", ("layers", "[ExternalLayer!]")),
        ErrorTypes.Union("saveMapLayers"),
    ];
}
