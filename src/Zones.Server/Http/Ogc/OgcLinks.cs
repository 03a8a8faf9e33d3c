using System.Text.Json;

namespace Zones.Server.Http.Ogc;

/// <summary>Absolute links, as OGC API clients (GDAL, QGIS) follow them from any page.</summary>
static class OgcLinks
{
    public static string Root(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/ogc";

    public static void Write(Utf8JsonWriter w, params (string Href, string Rel, string Type, string Title)[] links)
    {
        w.WriteStartArray("links");
        foreach (var (href, rel, type, title) in links)
            WriteOne(w, href, rel, type, title);
        w.WriteEndArray();
    }

    /// <summary>One link object; <paramref name="templated"/> for a URI template such as a tile URL.</summary>
    public static void WriteOne(Utf8JsonWriter w, string href, string rel, string type, string title, bool templated = false)
    {
        w.WriteStartObject();
        w.WriteString("href", href);
        w.WriteString("rel", rel);
        w.WriteString("type", type);
        w.WriteString("title", title);
        if (templated)
            w.WriteBoolean("templated", true);
        w.WriteEndObject();
    }
}
