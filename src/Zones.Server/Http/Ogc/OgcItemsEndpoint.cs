using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Zones.Server.Data;
using Zones.Server.Http.Auth;
using Zones.Server.Http.Ogc.Html;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// <c>/ogc/collections/{id}/items</c> and <c>/items/{featureId}</c>: GeoJSON made by PostGIS,
/// streamed to the client page by page with <c>next</c>/<c>prev</c> links. A feature of a township
/// the caller may not read is a 404, exactly as a missing one.
/// </summary>
static class OgcItemsEndpoint
{
    public static async Task Items(HttpContext http, string collectionId, FeatureStore store,
                                   IOptions<ZonesOptions> options, CancellationToken ct)
    {
        if (FeatureCollections.Find(collectionId) is not { } c)
        {
            await OgcJson.NotFound(http, $"There is no collection '{collectionId}'.");
            return;
        }
        if (OgcItemsQuery.Parse(http.Request.Query, c, options.Value, out var error) is not { } query)
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, OgcJson.InvalidParameterValue, error!);
            return;
        }
        // Counting first means a database error still becomes a clean error response, before any
        // byte of the collection is sent.
        if (await OgcCrsErrors.CountAsync(http, () => store.CountAsync(c, query.Filter, http.Access(), ct)) is not { } matched)
            return;
        if (OgcHtml.Wanted(http))
        {
            await OgcItemsHtml.PageAsync(http, c, query, matched,
                write => store.ReadPageAsync(c, query.Filter, query.Crs, http.Access(), query.Page, write, ct));
            return;
        }
        http.Response.ContentType = OgcParameters.GeoJsonType;
        OgcCrsParameter.Announce(http, query.Crs);
        await using var body = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 64 * 1024);
        await body.WriteAsync("""{"type":"FeatureCollection","features":[""");
        var first = true;
        var returned = await store.ReadPageAsync(c, query.Filter, query.Crs, http.Access(), query.Page, async feature =>
        {
            if (!first)
                await body.WriteAsync(',');
            first = false;
            await body.WriteAsync(feature);
        }, ct);
        await body.WriteAsync($"],\"numberMatched\":{matched},\"numberReturned\":{returned}," +
                              $"\"timeStamp\":\"{DateTime.UtcNow:yyyy-MM-dd'T'HH:mm:ss'Z'}\",");
        await body.WriteAsync(PageLinks(http, c, query, matched, returned));
        await body.WriteAsync('}');
    }

    public static async Task Item(HttpContext http, string collectionId, string featureId, FeatureStore store,
                                  CancellationToken ct)
    {
        string? formatError = null;
        var crs = OgcCrsParameter.Parse(http.Request.Query, ref formatError);
        if ((formatError ?? OgcParameters.CheckFormat(http.Request.Query)) is { } error)
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, OgcJson.InvalidParameterValue, error);
            return;
        }
        var c = FeatureCollections.Find(collectionId);
        string? shapeError = null;
        var shape = c is null ? FeatureShape.Full : OgcFeatureShape.Parse(http.Request.Query, c, ref shapeError);
        if (shapeError is not null)
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, OgcJson.InvalidParameterValue, shapeError);
            return;
        }
        var feature = c is not null && long.TryParse(featureId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await store.FindAsync(c, id, crs, http.Access(), ct, shape)
            : null;
        if (c is null || feature is null)
        {
            await OgcJson.NotFound(http, $"There is no feature '{featureId}' in collection '{collectionId}'.");
            return;
        }
        if (OgcHtml.Wanted(http))
        {
            await OgcItemsHtml.ItemAsync(http, c, feature, crs);
            return;
        }
        var root = $"{OgcLinks.Root(http)}/collections/{c.Id}";
        var links = JsonLinks(
            ($"{root}/items/{featureId}", "self", OgcParameters.GeoJsonType, c.Title),
            ($"{root}/items/{featureId}?f=html", "alternate", OgcHtml.HtmlType, "网页 as HTML"),
            (root, "collection", OgcParameters.JsonType, c.Title));
        http.Response.ContentType = OgcParameters.GeoJsonType;
        OgcCrsParameter.Announce(http, crs);
        // PostGIS wrote the feature object; add the links member before its closing brace.
        await http.Response.WriteAsync(string.Concat(feature.AsSpan(0, feature.Length - 1), ",", links, "}"), ct);
    }

    static string PageLinks(HttpContext http, FeatureCollection c, OgcItemsQuery q, long matched, int returned)
    {
        var root = $"{OgcLinks.Root(http)}/collections/{c.Id}";
        var links = new List<(string, string, string, string)>
        {
            (PageUrl(http, root, q.Offset, q.Limit), "self", OgcParameters.GeoJsonType, "本页 this page"),
            (HtmlPage.WithFormat(PageUrl(http, root, q.Offset, q.Limit), "html"), "alternate", OgcHtml.HtmlType, "网页 this page as HTML"),
            (root, "collection", OgcParameters.JsonType, c.Title),
        };
        if (q.Offset + returned < matched)
            links.Add((PageUrl(http, root, q.Offset + q.Limit, q.Limit), "next", OgcParameters.GeoJsonType, "下一页 next page"));
        if (q.Offset > 0)
            links.Add((PageUrl(http, root, Math.Max(0, q.Offset - q.Limit), q.Limit), "prev", OgcParameters.GeoJsonType, "上一页 previous page"));
        return JsonLinks(links.ToArray());
    }

    /// <summary>The items URL of a page: this request's parameters with <c>offset</c> and <c>limit</c> set.</summary>
    internal static string PageUrl(HttpContext http, string root, long offset, int limit)
    {
        var args = http.Request.Query
            .Where(kv => kv.Key is not ("offset" or "limit"))
            .ToDictionary(kv => kv.Key, kv => (string?)OgcParameters.Value(kv.Value));
        args["limit"] = limit.ToString(CultureInfo.InvariantCulture);
        if (offset > 0)
            args["offset"] = offset.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString($"{root}/items", args);
    }

    static string JsonLinks(params (string Href, string Rel, string Type, string Title)[] links)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonEncoding.Readable }))
        {
            w.WriteStartObject();
            OgcLinks.Write(w, links);
            w.WriteEndObject();
        }
        var json = Encoding.UTF8.GetString(buffer.ToArray());
        return json[1..^1]; // the "links":[…] member without the braces
    }
}
