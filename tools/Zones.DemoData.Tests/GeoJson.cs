using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Zones.DemoData.Tests;

/// <summary>Reads the generator's FeatureCollections into NTS geometries (no GeoJSON package needed).</summary>
public static class GeoJson
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(1e7), 4326);

    public sealed record Feature(JsonElement Properties, Geometry Geometry)
    {
        public string? Str(string name) => Properties.GetProperty(name).ValueKind == JsonValueKind.Null ? null : Properties.GetProperty(name).GetString();
    }

    public static List<Feature> Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        if (doc.RootElement.GetProperty("type").GetString() != "FeatureCollection") throw new FormatException(path);
        return doc.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => new Feature(f.GetProperty("properties").Clone(), Geometry(f.GetProperty("geometry"))))
            .ToList();
    }

    private static Geometry Geometry(JsonElement g)
    {
        var c = g.GetProperty("coordinates");
        return g.GetProperty("type").GetString() switch
        {
            "Point" => Factory.CreatePoint(Position(c)),
            "LineString" => Factory.CreateLineString(Positions(c)),
            "MultiPolygon" => Factory.CreateMultiPolygon(c.EnumerateArray().Select(Polygon).ToArray()),
            var t => throw new FormatException("unexpected geometry " + t),
        };
    }

    private static Polygon Polygon(JsonElement rings)
    {
        var all = rings.EnumerateArray().Select(r => Factory.CreateLinearRing(Positions(r))).ToArray();
        return Factory.CreatePolygon(all[0], all[1..]);
    }

    private static Coordinate[] Positions(JsonElement a) => a.EnumerateArray().Select(Position).ToArray();

    private static Coordinate Position(JsonElement p)
    {
        if (p.GetArrayLength() != 2) throw new FormatException("positions are [lon, lat]");
        return new Coordinate(p[0].GetDouble(), p[1].GetDouble());
    }
}
