using System.Text.Json.Nodes;
using Zones.Server.Data;
using Queryable = Zones.Server.Data.Queryable;

namespace Zones.Server.Http.Ogc.OpenApi;

/// <summary>
/// <c>#/components/schemas</c> of the API definition: the OGC API – Features Part 1 response schemas
/// (landingPage, confClasses, collections, collection, featureCollectionGeoJSON, featureGeoJSON,
/// exception), each collection's feature properties from <see cref="Queryables"/>, and the shapes of
/// the queryables and tiles documents. OpenAPI 3.0 schemas (a JSON Schema draft-04 dialect:
/// <c>nullable</c>, no type arrays).
/// Spec: https://schemas.opengis.net/ogcapi/features/part1/1.0/openapi/schemas/
/// </summary>
static class OgcOpenApiSchemas
{
    public static JsonObject Components()
    {
        var all = new JsonObject
        {
            ["exception"] = Obj(["code"], ("code", Str()), ("description", Str())),
            ["link"] = Obj(["href"], ("href", Str()), ("rel", Str()), ("type", Str()), ("hreflang", Str()),
                           ("title", Str()), ("length", new JsonObject { ["type"] = "integer" }),
                           ("templated", new JsonObject { ["type"] = "boolean" })),
            ["landingPage"] = Obj(["links"], ("title", Str()), ("description", Str()), ("links", Links())),
            ["confClasses"] = Obj(["conformsTo"], ("conformsTo", Array(Str()))),
            ["extent"] = Extent(),
            ["collection"] = Obj(["id", "links"], ("id", Str()), ("title", Str()), ("description", Str()),
                                 ("links", Links()), ("extent", Ref("extent")), ("itemType", Str()),
                                 ("crs", Array(Str())), ("storageCrs", Str())),
            ["collections"] = Obj(["links", "collections"], ("links", Links()), ("collections", Array(Ref("collection")))),
            ["geometryGeoJSON"] = Geometry(),
            ["featureGeoJSON"] = Feature(new JsonObject { ["type"] = "object", ["nullable"] = true }),
            ["featureCollectionGeoJSON"] = FeatureCollection(Ref("featureGeoJSON")),
            ["queryables"] = Obj(["type", "properties"], ("$schema", Str()), ("$id", Str()), ("type", Str("object")),
                                 ("title", Str()), ("properties", new JsonObject { ["type"] = "object" }),
                                 ("additionalProperties", new JsonObject { ["type"] = "boolean" })),
            ["document"] = new JsonObject { ["type"] = "object", ["description"] = "A JSON document (OpenAPI definition, tile matrix set, tileset)." },
            ["tile"] = new JsonObject { ["type"] = "string", ["format"] = "binary" },
        };
        foreach (var c in FeatureCollections.All)
        {
            all[$"{c.Id}Properties"] = Properties(c);
            all[$"{c.Id}Feature"] = Feature(Ref($"{c.Id}Properties"));
            all[$"{c.Id}FeatureCollection"] = FeatureCollection(Ref($"{c.Id}Feature"));
        }
        return all;
    }

    /// <summary>The schema of the <c>?name=value</c> parameter of a queryable: coded values list their codes and Chinese labels.</summary>
    public static JsonObject OfQueryable(Queryable q)
    {
        if (q.Codes is { } codes)
        {
            var values = codes.Entries.Where(e => e.Subtype is null).SelectMany(e => new[] { e.Code, e.Label }).Distinct();
            return Str([.. values]);
        }
        return Value(q.Type);
    }

    public static JsonObject Ref(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };

    static JsonObject Value(QueryableType type) => type switch
    {
        QueryableType.Integer => new JsonObject { ["type"] = "integer" },
        QueryableType.Number => new JsonObject { ["type"] = "number" },
        QueryableType.Boolean => new JsonObject { ["type"] = "boolean" },
        QueryableType.Date => new JsonObject { ["type"] = "string", ["format"] = "date" },
        QueryableType.Timestamp => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        _ => Str(),
    };

    // A feature's properties: the queryables with their types (codes as stored), nullable as columns
    // are; the collection's other properties (attributes, frontage …) are allowed beside them.
    static JsonObject Properties(FeatureCollection c)
    {
        var properties = new JsonObject();
        foreach (var q in Queryables.Of(c).Where(q => q.Type != QueryableType.Geometry))
        {
            var schema = q.Codes is { } codes
                ? Str([.. codes.Entries.Where(e => e.Subtype is null).Select(e => e.Code).Distinct()])
                : Value(q.Type);
            schema["title"] = q.Title;
            schema["nullable"] = true;
            properties[q.Name] = schema;
        }
        return new JsonObject
        {
            ["type"] = "object", ["nullable"] = true, ["title"] = c.Title, ["description"] = c.Description,
            ["properties"] = properties, ["additionalProperties"] = true,
        };
    }

    static JsonObject Feature(JsonObject properties) => Obj(["type", "geometry", "properties"],
        ("type", Str("Feature")),
        ("geometry", Ref("geometryGeoJSON")),
        ("properties", properties),
        ("id", new JsonObject { ["oneOf"] = new JsonArray(Str(), new JsonObject { ["type"] = "integer" }) }),
        ("links", Links()));

    static JsonObject FeatureCollection(JsonObject feature) => Obj(["type", "features"],
        ("type", Str("FeatureCollection")),
        ("features", Array(feature)),
        ("links", Links()),
        ("timeStamp", new JsonObject { ["type"] = "string", ["format"] = "date-time" }),
        ("numberMatched", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
        ("numberReturned", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }));

    // Geometries are written by PostGIS (ST_AsGeoJSON); null when skipGeometry=true.
    static JsonObject Geometry()
    {
        var g = Obj(["type"],
            ("type", Str("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection")),
            ("coordinates", new JsonObject { ["type"] = "array", ["items"] = new JsonObject() }),
            ("geometries", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } }));
        g["nullable"] = true;
        return g;
    }

    static JsonObject Extent()
    {
        var box = Array(new JsonObject { ["type"] = "number" });
        box["minItems"] = 4;
        box["maxItems"] = 6;
        return Obj([],
            ("spatial", Obj([], ("bbox", Array(box)), ("crs", Str()))),
            ("temporal", Obj([], ("interval", Array(Array(new JsonObject { ["type"] = "string", ["format"] = "date-time", ["nullable"] = true }))),
                             ("trs", Str()))));
    }

    static JsonObject Links() => Array(Ref("link"));

    static JsonObject Array(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    /// <summary>A string schema, with an enum when values are given.</summary>
    public static JsonObject Str(params string[] enumValues)
    {
        var s = new JsonObject { ["type"] = "string" };
        if (enumValues.Length > 0)
            s["enum"] = new JsonArray(enumValues.Select(v => (JsonNode?)v).ToArray());
        return s;
    }

    static JsonObject Obj(string[] required, params (string Name, JsonObject Schema)[] properties)
    {
        var o = new JsonObject { ["type"] = "object" };
        if (required.Length > 0)
            o["required"] = new JsonArray(required.Select(r => (JsonNode?)r).ToArray());
        var props = new JsonObject();
        foreach (var (name, schema) in properties)
            props[name] = schema;
        o["properties"] = props;
        return o;
    }
}
