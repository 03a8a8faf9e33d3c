using Zones.Server.Spatial;
using Microsoft.Extensions.Primitives;

namespace Zones.Server.Http.Ogc;

/// <summary>Constants and checks shared by every OGC API Features resource.</summary>
static class OgcParameters
{
    public const string Crs84 = OgcCrs.Crs84Uri;
    public const string GeoJsonType = "application/geo+json";
    public const string JsonType = "application/json";

    public static readonly string[] ConformsTo =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        // OGC API – Tiles (OgcTilesEndpoint) and the TMS 2.0 JSON documents it serves.
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
        "http://www.opengis.net/spec/tms/2.0/conf/tilematrixset",
        "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset",
        "http://www.opengis.net/spec/tms/2.0/conf/tilesetmetadata",
        "http://www.opengis.net/spec/tms/2.0/conf/json-tilesetmetadata",
        // OGC API – Features Part 3: /queryables, ?queryable=value, filter on items (OgcItemsFilter).
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
        .. Cql2.Cql2Conformance.Classes,
    ];

    /// <summary>
    /// A parameter's value when every repetition agrees. GDAL's OAPIF driver, opened on
    /// <c>/collections/{id}?crs=…</c>, appends that query to each <c>next</c> link, which already
    /// carries it: <c>crs=A&amp;…&amp;crs=A</c> is one request for A. Values that differ stay joined and are refused.
    /// </summary>
    public static string Value(StringValues values) =>
        values.Distinct(StringComparer.Ordinal).Count() == 1 ? values[0]! : values.ToString();

    /// <summary>JSON (<c>f=json</c>, <c>f=geojson</c>) and HTML pages (<c>f=html</c>, see <c>Html/OgcHtml</c>) are offered.</summary>
    public static string? CheckFormat(IQueryCollection q)
    {
        var f = q["f"].ToString();
        return f is "" or "json" or "geojson" or "html"
            ? null
            : $"不支持的格式 f={f}：请用 f=json（JSON / GeoJSON）或 f=html（网页）。Unsupported format f={f}: use f=json or f=html.";
    }
}
