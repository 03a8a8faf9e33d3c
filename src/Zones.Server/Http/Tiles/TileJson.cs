using System.Text.Json;
using Zones.Server.Data.Tiles;

namespace Zones.Server.Http.Tiles;

/// <summary>
/// TileJSON 3.0.0 documents (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0) that
/// OpenLayers, MapLibre and QGIS read to find a layer's tile URL, zoom range, extent and fields.
/// </summary>
static class TileJson
{
    const string JsonType = "application/json; charset=utf-8";

    // Web Mercator's square world, for a deployment with no zone yet.
    static readonly double[] World = [-180, -85.0511, 180, 85.0511];

    /// <summary>Absolute, as clients fetch tiles from wherever they read the document.</summary>
    static string Root(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/tiles";

    /// <summary>The layer's TileJSON document (also linked from its OGC API – Tiles tileset).</summary>
    public static string Href(HttpContext http, TileLayer layer) => $"{Root(http)}/{layer.Id}.json";

    public static string Template(HttpContext http, TileLayer layer) => $"{Root(http)}/{layer.Id}/{{z}}/{{x}}/{{y}}.mvt";

    public static Task WriteAsync(HttpContext http, TileLayer layer, double[]? extent) => Write(http, 60, w =>
    {
        var bounds = extent ?? World;
        w.WriteString("tilejson", "3.0.0");
        w.WriteString("name", layer.Title);
        w.WriteString("description", layer.Description);
        w.WriteString("attribution", "乡镇环卫网格化管理系统 Zones");
        w.WriteString("scheme", "xyz");
        w.WriteStartArray("tiles");
        w.WriteStringValue(Template(http, layer));
        w.WriteEndArray();
        w.WriteNumber("minzoom", 0);
        w.WriteNumber("maxzoom", TileAddress.MaxZoom);
        // Six decimals (~0.1 m), rounded outwards so the box still holds every feature.
        Numbers(w, "bounds", [Math.Floor(bounds[0] * 1e6) / 1e6, Math.Floor(bounds[1] * 1e6) / 1e6,
                              Math.Ceiling(bounds[2] * 1e6) / 1e6, Math.Ceiling(bounds[3] * 1e6) / 1e6]);
        Numbers(w, "center", [Math.Round((bounds[0] + bounds[2]) / 2, 6), Math.Round((bounds[1] + bounds[3]) / 2, 6), extent is null ? 2 : 13]);
        w.WriteStartArray("vector_layers");
        w.WriteStartObject();
        w.WriteString("id", layer.Id);
        w.WriteString("description", layer.Description);
        w.WriteNumber("minzoom", 0);
        w.WriteNumber("maxzoom", TileAddress.MaxZoom);
        w.WriteStartObject("fields");
        foreach (var (name, meaning) in layer.Fields)
            w.WriteString(name, meaning);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    });

    /// <summary><c>GET /tiles</c>: every layer with its TileJSON link and tile URL template.</summary>
    public static Task WriteListAsync(HttpContext http) => Write(http, 300, w =>
    {
        w.WriteStartArray("layers");
        foreach (var layer in TileLayers.All)
        {
            w.WriteStartObject();
            w.WriteString("id", layer.Id);
            w.WriteString("name", layer.Title);
            w.WriteString("description", layer.Description);
            w.WriteString("tilejson", Href(http, layer));
            w.WriteString("tiles", Template(http, layer));
            if (layer.ClusterBelowZoom is { } below)
                w.WriteNumber("clusterBelowZoom", below);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    static void Numbers(Utf8JsonWriter w, string name, double[] values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    static async Task Write(HttpContext http, int maxAge, Action<Utf8JsonWriter> body)
    {
        http.Response.ContentType = JsonType;
        // Bounds depend on who asks (public townships only for anonymous callers).
        http.Response.Headers.CacheControl = $"private, max-age={maxAge}";
        await using var w = new Utf8JsonWriter(http.Response.Body, new JsonWriterOptions { Encoder = JsonEncoding.Readable, Indented = true });
        w.WriteStartObject();
        body(w);
        w.WriteEndObject();
    }
}
