using NetTopologySuite.Geometries;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// WKT geometry literals of CQL2-text (POINT … GEOMETRYCOLLECTION, optional Z, which is dropped)
/// and <c>BBOX(x1, y1, x2, y2)</c>, read into NetTopologySuite with the coordinates as written;
/// the compiler puts them into the filter CRS's axis order and SRID.
/// </summary>
sealed partial class Cql2TextParser
{
    static readonly GeometryFactory Factory = new();

    /// <summary>A WKT or BBOX literal at the current token, or null when the name is neither.</summary>
    Cql2Expression? Geometry()
    {
        var t = Peek;
        if (t.Is("BBOX") || t.Is("ENVELOPE"))
            return Box();
        if (!IsGeometryType(t.Value))
            return null;
        var g = Wkt();
        if (!g.IsValid)
            throw Cql2Exception.At(t.Position, $"几何“{t.Value.ToUpperInvariant()}”无效（多边形自相交或环不闭合？）",
                $"the {t.Value.ToUpperInvariant()} is not a valid geometry (a self-intersecting or unclosed polygon?)");
        return new Cql2Geometry(g) { Position = t.Position };
    }

    static bool IsGeometryType(string name) => name.ToUpperInvariant() is "POINT" or "LINESTRING" or "POLYGON"
        or "MULTIPOINT" or "MULTILINESTRING" or "MULTIPOLYGON" or "GEOMETRYCOLLECTION";

    Geometry Wkt()
    {
        var type = Take();
        if (Peek.Is("Z"))
            Take();
        switch (type.Value.ToUpperInvariant())
        {
            case "POINT":
                Open("POINT");
                var p = Factory.CreatePoint(Coordinate());
                Close();
                return p;
            case "LINESTRING":
                return Factory.CreateLineString(Ring(2, closed: false));
            case "POLYGON":
                return Rings();
            case "MULTIPOINT":
                return Factory.CreateMultiPoint(Many("MULTIPOINT", () =>
                {
                    // MULTIPOINT((1 2), (3 4)) and MULTIPOINT(1 2, 3 4) are both WKT.
                    if (!Peek.IsPunctuation("("))
                        return Factory.CreatePoint(Coordinate());
                    Take();
                    var point = Factory.CreatePoint(Coordinate());
                    Close();
                    return point;
                }).ToArray());
            case "MULTILINESTRING":
                return Factory.CreateMultiLineString(Many("MULTILINESTRING", () => Factory.CreateLineString(Ring(2, closed: false))).ToArray());
            case "MULTIPOLYGON":
                return Factory.CreateMultiPolygon(Many("MULTIPOLYGON", Rings).ToArray());
            default:
                if (++_depth > MaxDepth)
                    throw Cql2Exception.At(type.Position, $"GEOMETRYCOLLECTION 嵌套超过 {MaxDepth} 层", $"GEOMETRYCOLLECTIONs are nested more than {MaxDepth} deep");
                return Factory.CreateGeometryCollection(Many("GEOMETRYCOLLECTION", () =>
                {
                    if (!IsGeometryType(Peek.Value) || Peek.Kind != Cql2TokenKind.Name)
                        throw Expected("WKT 几何（POINT、LINESTRING、POLYGON …）", "a WKT geometry (POINT, LINESTRING, POLYGON …)");
                    return Wkt();
                }).ToArray());
        }
    }

    // ((x y, …), (x y, …)): a shell and its holes.
    Polygon Rings()
    {
        var rings = Many("POLYGON", () => Factory.CreateLinearRing(Ring(4, closed: true)));
        return Factory.CreatePolygon(rings[0], rings.Skip(1).ToArray());
    }

    // (x y, x y, …) with at least `min` positions; a ring must end where it starts.
    Coordinate[] Ring(int min, bool closed)
    {
        var open = Open(closed ? "环（ring）" : "线（line）");
        var coordinates = new List<Coordinate> { Coordinate() };
        while (Peek.IsPunctuation(","))
        {
            Take();
            coordinates.Add(Coordinate());
        }
        Close();
        if (coordinates.Count < min)
            throw Cql2Exception.At(open.Position, $"这里至少要 {min} 个坐标，只有 {coordinates.Count} 个",
                $"at least {min} positions are needed here, found {coordinates.Count}");
        if (closed && !coordinates[0].Equals2D(coordinates[^1]))
            throw Cql2Exception.At(open.Position, "多边形的环未闭合：最后一个坐标应与第一个相同",
                "the polygon ring is not closed: its last position must equal its first");
        return coordinates.ToArray();
    }

    List<T> Many<T>(string what, Func<T> one)
    {
        Open(what);
        var items = new List<T> { one() };
        while (Peek.IsPunctuation(","))
        {
            Take();
            items.Add(one());
        }
        Close();
        return items;
    }

    Cql2Token Open(string what) => Expect("(", $"左括号 (（{what} 的坐标）", $"'(' opening the {what} coordinates");

    void Close() => Expect(")", "逗号 , 或右括号 )", "',' or ')'");

    // "x y" or "x y z": the third number (height) is read and dropped.
    Coordinate Coordinate()
    {
        var x = Ordinate();
        var y = Ordinate();
        if (Peek.Kind == Cql2TokenKind.Number)
            Take();
        return new Coordinate(x, y);
    }

    double Ordinate()
    {
        if (Peek.Kind != Cql2TokenKind.Number)
            throw Expected("坐标数字（x y，以空格分隔）", "a coordinate number (x y, separated by a space)");
        return Number(Take()).Value;
    }

    // BBOX(x1, y1, x2, y2) or with heights BBOX(x1, y1, z1, x2, y2, z2), in filter-crs axis order.
    Cql2Expression Box()
    {
        var name = Take();
        Open("BBOX");
        var values = new List<double> { Ordinate() };
        while (Peek.IsPunctuation(","))
        {
            Take();
            values.Add(Ordinate());
        }
        Close();
        return Cql2Boxes.Create(values, name.Position);
    }
}
