using Microsoft.Net.Http.Headers;

namespace Zones.Server.Http.Ogc.Html;

/// <summary>
/// Which encoding a request gets (OGC API – Features Part 1, /req/html and /rec/core/html):
/// <c>f=html</c> asks for the HTML page, <c>f=json</c> / <c>f=geojson</c> for JSON; without
/// <c>f</c>, a browser (its <c>Accept</c> lists <c>text/html</c> before any JSON type) gets HTML,
/// and GDAL, QGIS and scripts (JSON types, <c>*/*</c> or no <c>Accept</c>) keep JSON.
/// </summary>
static class OgcHtml
{
    public const string HtmlType = "text/html";

    /// <summary>
    /// True when the caller should get HTML. Also says <c>Vary: Accept</c>, as the same URL gives
    /// HTML or JSON by that header, so a cache never hands a browser's page to GDAL.
    /// </summary>
    public static bool Wanted(HttpContext http)
    {
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        var f = http.Request.Query["f"].ToString();
        return f.Length > 0 ? f == "html" : BrowserAccept(http.Request.Headers.Accept.ToString());
    }

    /// <summary>
    /// True when <paramref name="accept"/> prefers <c>text/html</c> (or <c>application/xhtml+xml</c>)
    /// to every JSON type: by quality, ties in the order listed. <c>*/*</c> alone counts for neither,
    /// so a client that names no type keeps the JSON it has always had.
    /// </summary>
    public static bool BrowserAccept(string accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var types))
            return false;
        var ranked = types
            .Select((t, i) => (Type: t.MediaType.Value ?? "", Q: t.Quality ?? 1.0, Order: i))
            .Where(t => t.Q > 0 && (IsHtml(t.Type) || IsJson(t.Type)))
            .OrderByDescending(t => t.Q).ThenBy(t => t.Order)
            .ToList();
        return ranked.Count > 0 && IsHtml(ranked[0].Type);
    }

    static bool IsHtml(string type) =>
        type.Equals(HtmlType, StringComparison.OrdinalIgnoreCase) ||
        type.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    static bool IsJson(string type) =>
        type.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
        type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
