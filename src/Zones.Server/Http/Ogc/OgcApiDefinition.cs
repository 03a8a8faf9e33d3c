using System.Text.Json;
using Zones.Server.Data;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// A compact OpenAPI 3.0 definition of the <c>/ogc</c> resources (Core requires an API definition
/// link, <c>service-desc</c>; GDAL reads it to learn the paths).
/// </summary>
static class OgcApiDefinition
{
    public static void Write(Utf8JsonWriter w)
    {
        w.WriteString("openapi", "3.0.3");
        w.WriteStartObject("info");
        w.WriteString("title", "Zones OGC API – Features");
        w.WriteString("version", "1.0.0");
        w.WriteEndObject();
        w.WriteStartArray("servers");
        w.WriteStartObject();
        w.WriteString("url", "/ogc");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("paths");
        Path(w, "/", "Landing page");
        Path(w, "/conformance", "Conformance classes");
        Path(w, "/collections", "The feature collections");
        foreach (var c in FeatureCollections.All)
        {
            Path(w, $"/collections/{c.Id}", c.Title);
            Path(w, $"/collections/{c.Id}/items", $"{c.Title}: items (bbox, datetime, limit, offset)");
            Path(w, $"/collections/{c.Id}/items/{{featureId}}", $"{c.Title}: one item", "featureId");
        }
        w.WriteEndObject();
    }

    static void Path(Utf8JsonWriter w, string path, string summary, string? pathParameter = null)
    {
        w.WriteStartObject(path);
        w.WriteStartObject("get");
        w.WriteString("summary", summary);
        if (pathParameter is not null)
        {
            w.WriteStartArray("parameters");
            w.WriteStartObject();
            w.WriteString("name", pathParameter);
            w.WriteString("in", "path");
            w.WriteBoolean("required", true);
            w.WriteStartObject("schema");
            w.WriteString("type", "string");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteStartObject("responses");
        w.WriteStartObject("200");
        w.WriteString("description", "OK");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
