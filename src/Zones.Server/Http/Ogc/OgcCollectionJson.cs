using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc;

/// <summary>The description of one collection: id, title, extent, CRS and links.</summary>
static class OgcCollectionJson
{
    public static void Write(Utf8JsonWriter w, HttpContext http, FeatureCollection c, double[]? extent,
                             DateTimeOffset?[]? interval)
    {
        var self = $"{OgcLinks.Root(http)}/collections/{c.Id}";
        w.WriteString("id", c.Id);
        w.WriteString("title", c.Title);
        w.WriteString("description", c.Description);
        w.WriteString("itemType", "feature");
        // Part 2 /req/crs/fc-md-crs-list: every CRS items can be asked for; features are stored in CRS84.
        w.WriteStartArray("crs");
        foreach (var crs in OgcCrs.Supported)
            w.WriteStringValue(crs.Uri);
        w.WriteEndArray();
        w.WriteString("storageCrs", OgcCrs.Crs84.Uri);
        w.WriteStartObject("extent");
        w.WriteStartObject("spatial");
        w.WriteStartArray("bbox");
        w.WriteStartArray();
        foreach (var v in extent ?? [-180, -90, 180, 90])
            w.WriteNumberValue(v);
        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteString("crs", OgcParameters.Crs84);
        w.WriteEndObject();
        if (interval is not null)
            WriteInterval(w, interval);
        w.WriteEndObject();
        OgcLinks.Write(w,
        [
            (self, "self", OgcParameters.JsonType, c.Title),
            ($"{self}?f=html", "alternate", Html.OgcHtml.HtmlType, $"{c.Title}（网页 HTML）"),
            ($"{self}/items", "items", OgcParameters.GeoJsonType, $"{c.Title} (GeoJSON)"),
            ($"{self}/queryables", OgcQueryablesEndpoint.QueryablesRel, OgcQueryablesEndpoint.SchemaType, "可查询属性 queryables"),
            ($"{self}/sortables", OgcQueryablesEndpoint.SortablesRel, OgcQueryablesEndpoint.SchemaType, "可排序属性 sortables"),
            .. OgcTilesEndpoint.LayerOf(c) is null ? [] : new[] { (OgcTileSetJson.TilesetsHref(http, c), OgcTileSetJson.TilesetsVectorRel, OgcParameters.JsonType, $"{c.Title} 矢量瓦片 vector tiles") },
        ]);
    }

    static void WriteInterval(Utf8JsonWriter w, DateTimeOffset?[] interval)
    {
        w.WriteStartObject("temporal");
        w.WriteStartArray("interval");
        w.WriteStartArray();
        foreach (var t in interval)
        {
            if (t is { } value)
                w.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
            else
                w.WriteNullValue();
        }
        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteString("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        w.WriteEndObject();
    }
}
