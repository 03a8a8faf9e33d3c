using System.Text.Json;
using Microsoft.Extensions.Options;
using Zones.Server.Data;
using Zones.Server.Http.Auth;
using Zones.Server.Http.Ogc.Html;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// OGC API – Features Part 1 (Core + GeoJSON), read-only, under <c>/ogc</c>: the landing page,
/// conformance, the API definition, collections and their items. Readable by QGIS and GDAL (OAPIF).
/// Items, counts and extents hold only the townships the caller may read (<c>RequestAccess</c>).
/// Spec: https://docs.ogc.org/is/17-069r4/17-069r4.html
/// </summary>
static class OgcFeaturesEndpoint
{
    public static IEndpointRouteBuilder MapOgcFeatures(this IEndpointRouteBuilder app)
    {
        var ogc = app.MapGroup("/ogc");
        ogc.MapGet("", Landing);
        ogc.MapGet("/conformance", Conformance);
        ogc.MapGet("/api", OpenApi.OgcApiPage.Serve);
        ogc.MapGet("/collections", Collections);
        ogc.MapGet("/collections/{collectionId}", Collection);
        ogc.MapGet("/collections/{collectionId}/items", OgcItemsEndpoint.Items);
        ogc.MapGet("/collections/{collectionId}/items/{featureId}", OgcItemsEndpoint.Item);
        OgcTilesEndpoint.Map(ogc);
        ogc.MapGet("/collections/{collectionId}/queryables", OgcQueryablesEndpoint.Queryables);
        ogc.MapGet("/collections/{collectionId}/sortables", OgcQueryablesEndpoint.Sortables);
        return app;
    }

    const string Description = "片区、路段、部件与案卷的 OGC API – Features 服务 (Zones township sanitation GIS)";

    static Task Landing(HttpContext http, IOptions<ZonesOptions> options) => OgcHtml.Wanted(http) ? OgcServiceHtml.LandingAsync(http, Description) : OgcJson.Write(http, w =>
    {
        var root = OgcLinks.Root(http);
        w.WriteString("title", options.Value.Title);
        w.WriteString("description", Description);
        OgcLinks.Write(w,
            (root, "self", OgcParameters.JsonType, "本页 this document"),
            ($"{root}?f=html", "alternate", OgcHtml.HtmlType, "网页 this document as HTML"),
            ($"{root}/api", "service-desc", OpenApi.OgcApiPage.OpenApiType, "API 定义 (OpenAPI 3.0)"),
            ($"{root}/api?f=html", "service-doc", "text/html", "API 说明网页 API documentation"),
            ($"{root}/conformance", "conformance", OgcParameters.JsonType, "符合的标准 conformance"),
            ($"{root}/collections", "data", OgcParameters.JsonType, "数据集 collections"),
            ($"{root}/tileMatrixSets", "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes", OgcParameters.JsonType, "瓦片矩阵集 tile matrix sets"));
    });

    static Task Conformance(HttpContext http) => OgcHtml.Wanted(http) ? OgcServiceHtml.ConformanceAsync(http, OgcParameters.ConformsTo) : OgcJson.Write(http, w =>
    {
        w.WriteStartArray("conformsTo");
        foreach (var c in OgcParameters.ConformsTo)
            w.WriteStringValue(c);
        w.WriteEndArray();
    });

    static async Task Collections(HttpContext http, FeatureStore store, CancellationToken ct)
    {
        var described = new List<(FeatureCollection, double[]?, DateTimeOffset?[]?)>();
        foreach (var c in FeatureCollections.All)
            described.Add((c, await store.ExtentAsync(c, http.Access(), ct), await store.IntervalAsync(c, http.Access(), ct)));
        if (OgcHtml.Wanted(http))
        {
            await OgcCollectionsHtml.ListAsync(http, described);
            return;
        }
        await OgcJson.Write(http, w =>
        {
            OgcLinks.Write(w, ($"{OgcLinks.Root(http)}/collections", "self", OgcParameters.JsonType, "数据集 collections"),
                           ($"{OgcLinks.Root(http)}/collections?f=html", "alternate", OgcHtml.HtmlType, "网页 as HTML"));
            w.WriteStartArray("collections");
            foreach (var (c, extent, interval) in described)
            {
                w.WriteStartObject();
                OgcCollectionJson.Write(w, http, c, extent, interval);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    static async Task Collection(HttpContext http, string collectionId, FeatureStore store, CancellationToken ct)
    {
        if (FeatureCollections.Find(collectionId) is not { } c)
        {
            await OgcJson.NotFound(http, $"There is no collection '{collectionId}'. Collections: {string.Join(", ", FeatureCollections.All.Select(x => x.Id))}.");
            return;
        }
        var extent = await store.ExtentAsync(c, http.Access(), ct);
        var interval = await store.IntervalAsync(c, http.Access(), ct);
        if (OgcHtml.Wanted(http))
        {
            await OgcCollectionsHtml.OneAsync(http, c, extent, interval);
            return;
        }
        await OgcJson.Write(http, w => OgcCollectionJson.Write(w, http, c, extent, interval));
    }
}

/// <summary>Writes JSON responses; exceptions (<c>{code, description}</c>) go through <see cref="HttpErrors"/>.</summary>
static class OgcJson
{
    public static async Task Write(HttpContext http, Action<Utf8JsonWriter> body, string contentType = OgcParameters.JsonType)
    {
        if (OgcParameters.CheckFormat(http.Request.Query) is { } error)
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, OgcJson.InvalidParameterValue, error);
            return;
        }
        http.Response.ContentType = contentType;
        await using var w = new Utf8JsonWriter(http.Response.Body, new JsonWriterOptions { Encoder = JsonEncoding.Readable });
        w.WriteStartObject();
        body(w);
        w.WriteEndObject();
        await w.FlushAsync();
    }

    /// <summary>The exception code of a parameter the server cannot use (OGC's InvalidParameterValue).</summary>
    public const string InvalidParameterValue = "INVALID_PARAMETER_VALUE";

    public static Task NotFound(HttpContext http, string description) =>
        HttpErrors.WriteAsync(http, StatusCodes.Status404NotFound, "NOT_FOUND", description);
}
