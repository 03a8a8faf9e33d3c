using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>GeoJSON geometry objects in CQL2-JSON, read into NetTopologySuite with the coordinates as written.</summary>
static class Cql2GeoJson
{
    static readonly GeometryFactory Factory = new();

    public static Cql2Geometry Geometry(Cql2JsonNode n)
    {
        var g = Read(n);
        if (!g.IsValid)
            throw Cql2Exception.At(n.Position, "GeoJSON 几何无效（多边形自相交？）", "the GeoJSON geometry is not valid (a self-intersecting polygon?)");
        return new Cql2Geometry(g) { Position = n.Position };
    }

    static Geometry Read(Cql2JsonNode n)
    {
        var type = Cql2JsonParser.String(n["type"]!, "type");
        if (type == "GeometryCollection")
            return Factory.CreateGeometryCollection(Array(n["geometries"], n, "geometries").Select(Read).ToArray());
        var c = Array(n["coordinates"], n, "coordinates");
        return type switch
        {
            "Point" => Factory.CreatePoint(Position(n["coordinates"]!)),
            "LineString" => Factory.CreateLineString(Positions(n["coordinates"]!, 2, false)),
            "Polygon" => Polygon(n["coordinates"]!),
            "MultiPoint" => Factory.CreateMultiPoint(c.Select(p => Factory.CreatePoint(Position(p))).ToArray()),
            "MultiLineString" => Factory.CreateMultiLineString(c.Select(l => Factory.CreateLineString(Positions(l, 2, false))).ToArray()),
            "MultiPolygon" => Factory.CreateMultiPolygon(c.Select(Polygon).ToArray()),
            _ => throw Cql2Exception.At(n["type"]!.Position, $"不认识的几何类型“{type}”（可用 Point、LineString、Polygon、MultiPoint、MultiLineString、MultiPolygon、GeometryCollection）",
                $"unknown geometry type '{type}' (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection)"),
        };
    }

    static List<Cql2JsonNode> Array(Cql2JsonNode? n, Cql2JsonNode owner, string member) =>
        n is { Kind: JsonTokenType.StartArray }
            ? n.Items!
            : throw Cql2Exception.At(n?.Position ?? owner.Position, $"GeoJSON 几何缺少 {member} 数组", $"the GeoJSON geometry has no {member} array");

    static Polygon Polygon(Cql2JsonNode n)
    {
        var rings = Array(n, n, "coordinates").Select(r => Factory.CreateLinearRing(Positions(r, 4, true))).ToList();
        if (rings.Count == 0)
            throw Cql2Exception.At(n.Position, "多边形至少要有一个环", "a polygon needs at least one ring");
        return Factory.CreatePolygon(rings[0], rings.Skip(1).ToArray());
    }

    static Coordinate[] Positions(Cql2JsonNode n, int min, bool closed)
    {
        var positions = Array(n, n, "coordinates").Select(Position).ToArray();
        if (positions.Length < min)
            throw Cql2Exception.At(n.Position, $"这里至少要 {min} 个坐标，只有 {positions.Length} 个", $"at least {min} positions are needed here, found {positions.Length}");
        if (closed && !positions[0].Equals2D(positions[^1]))
            throw Cql2Exception.At(n.Position, "多边形的环未闭合：最后一个坐标应与第一个相同", "the polygon ring is not closed: its last position must equal its first");
        return positions;
    }

    // [x, y] or [x, y, z]: the height is dropped.
    static Coordinate Position(Cql2JsonNode n)
    {
        var v = Cql2JsonParser.Numbers(n, "坐标 position");
        return v.Count is 2 or 3
            ? new Coordinate(v[0], v[1])
            : throw Cql2Exception.At(n.Position, "坐标应为 [x, y] 或 [x, y, z]", "a position must be [x, y] or [x, y, z]");
    }
}
