namespace Zones.Server.Http.Ogc;

/// <summary>Constants and checks shared by every OGC API Features resource.</summary>
static class OgcParameters
{
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public const string GeoJsonType = "application/geo+json";
    public const string JsonType = "application/json";

    public static readonly string[] ConformsTo =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        .. Cql2.Cql2Conformance.Classes,
    ];

    /// <summary>Only JSON encodings are offered; <c>f=json</c> or <c>f=geojson</c> may be asked for explicitly.</summary>
    public static string? CheckFormat(IQueryCollection q)
    {
        var f = q["f"].ToString();
        return f is "" or "json" or "geojson"
            ? null
            : $"Unsupported format f={f}: this server answers in JSON / GeoJSON only (f=json).";
    }
}
