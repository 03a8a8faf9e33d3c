using Npgsql;
using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Query;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Schema.Types;

/// <summary>The map's search box (issue #6 §5): one text, hits of four kinds, each with the extent to jump to.</summary>
public static class SearchQueries
{
    /// <summary>Longest text accepted: a case number is 15–19 characters, an asset identifier at most 32.</summary>
    const int MaxText = 64;

    public static readonly EnumType SearchKind = new("SearchKind", e =>
    {
        e.Description("What a search hit is; its id is an id of that kind (Query.zone, assets, roads, complaints).");
        e.Value("ZONE", "zone", "片区");
        e.Value("ROAD", "road", "道路 (segments of one name are one hit; id is the first segment)");
        e.Value("ASSET", "asset", "部件");
        e.Value("COMPLAINT", "complaint", "案卷");
        e.Value("SHOP", "shop", "门店 (Query.shop)");
    });

    public static readonly ObjectType SearchHit = new("SearchHit", t =>
    {
        t.Description("One search result: what it is, a title and a Chinese subtitle for the list, and where to zoom.");
        t.Field("kind", new NonNullType(SearchKind), h => Hit(h).Kind);
        t.Field("id", "ID!", h => Hit(h).Id);
        t.Field("title", "String!", h => Hit(h).Title).Description("Zone, road or asset name (else the identifier), or the case number.");
        t.Field("subtitle", "String", h => Subtitle(Hit(h))).Description("e.g. \"村 · 330522125000116\", \"村道 · 3 段\", \"路灯 · 3305220118000001\", \"案卷 · 处置\".");
        t.Field("bbox", "[Float!]!", h => Hit(h).Bbox).Description("[minLon, minLat, maxLon, maxLat] in WGS84; a point's box has no size.");
    });

    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("search", new NonNullType(new ListType(new NonNullType(SearchHit))), async (_, _, ctx) => await SearchAsync(ctx))
            .Argument("text", "String!", description: "Zone name or code, road name or code, asset identifier or name, complaint case number; any part of it.")
            .Argument("first", "Int", 20, "At most this many hits (1–50).")
            .Description("Finds zones, roads, assets and complaints by name, code or number: exact matches first, then prefixes, then the rest.");
    }

    static async Task<object?> SearchAsync(ResolveContext ctx)
    {
        var text = (ctx.Text("text") ?? "").Trim();
        var first = ctx.Int("first", 20);
        if (first is < 1 or > 50)
            throw new GraphQLError($"first 应在 1 到 50 之间，收到 {first}。first must be between 1 and 50.");
        if (text.Length is 0 or > MaxText)
            return Array.Empty<SearchHitRow>();
        var townships = await ctx.ReadableAsync();
        // Stateless over the shared data source: built here so the server registers nothing for it.
        return await new SearchStore(ctx.Get<Data.Replica.ReadDataSource>()).SearchAsync(text, townships, first, ctx.CancellationToken);
    }

    /// <summary>The list's second line, in Chinese.</summary>
    public static string? Subtitle(SearchHitRow hit) => hit.Kind switch
    {
        "zone" => $"{CodeLists.ZoneLevel.Label(hit.Detail ?? "")} · {hit.Code}",
        "road" => hit.Count > 1 ? $"{CodeLists.RoadClass.Label(hit.Detail ?? "")} · {hit.Count} 段" : $"{CodeLists.RoadClass.Label(hit.Detail ?? "")} · {hit.Code}",
        "asset" => hit.Title == hit.Code ? CodeLists.AssetKind.Label(hit.Detail ?? "") : $"{CodeLists.AssetKind.Label(hit.Detail ?? "")} · {hit.Code}",
        "complaint" => $"案卷 · {CodeLists.Stage.Label(hit.Detail ?? "")}",
        "shop" => hit.Detail is { Length: > 0 } address ? $"门店 · {address}" : $"门店 · {hit.Code}",
        _ => null,
    };

    static SearchHitRow Hit(object? h) => (SearchHitRow)h!;
}
