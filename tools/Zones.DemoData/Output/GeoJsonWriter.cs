using System.Text;
using NetTopologySuite.Geometries;
using Zones.DemoData.Core;

namespace Zones.DemoData.Output;

/// <summary>
/// RFC 7946 FeatureCollections, one feature per line (readable diffs), coordinates on the 1e-7 grid.
/// Properties are written in the order given; a value may be a nested attribute object.
/// </summary>
public sealed class GeoJsonWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TextWriter _writer;
    private readonly StringBuilder _sb = new();
    private bool _first = true;

    public GeoJsonWriter(string path)
    {
        _writer = new StreamWriter(path, false, Utf8, 1 << 16) { NewLine = "\n" };
        _writer.Write("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    public void Feature(Geometry geometry, params (string Key, object? Value)[] properties)
    {
        _sb.Clear();
        _sb.Append(_first ? "\n" : ",\n");
        _first = false;
        _sb.Append("{\"type\":\"Feature\",\"properties\":{");
        for (var i = 0; i < properties.Length; i++)
        {
            if (i > 0) _sb.Append(',');
            Json.String(_sb, properties[i].Key);
            _sb.Append(':');
            if (properties[i].Value is IEnumerable<KeyValuePair<string, object>> obj)
                Json.Object(_sb, obj.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value)));
            else
                Json.Value(_sb, properties[i].Value);
        }
        _sb.Append("},\"geometry\":");
        Geometry(_sb, geometry);
        _sb.Append('}');
        _writer.Write(_sb);
    }

    private static void Geometry(StringBuilder sb, Geometry g)
    {
        switch (g)
        {
            case Point p:
                sb.Append("{\"type\":\"Point\",\"coordinates\":");
                Position(sb, p.Coordinate);
                break;
            case LineString l:
                sb.Append("{\"type\":\"LineString\",\"coordinates\":");
                Positions(sb, l.Coordinates);
                break;
            case MultiPolygon mp:
                sb.Append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                for (var i = 0; i < mp.NumGeometries; i++)
                {
                    if (i > 0) sb.Append(',');
                    Rings(sb, (Polygon)mp.GetGeometryN(i));
                }
                sb.Append(']');
                break;
            default:
                throw new ArgumentException("unsupported geometry " + g.GeometryType, nameof(g));
        }
        sb.Append('}');
    }

    /// <summary>RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.</summary>
    private static void Rings(StringBuilder sb, Polygon p)
    {
        sb.Append('[');
        Positions(sb, Oriented(p.ExteriorRing.Coordinates, counterClockwise: true));
        for (var i = 0; i < p.NumInteriorRings; i++)
        {
            sb.Append(',');
            Positions(sb, Oriented(p.GetInteriorRingN(i).Coordinates, counterClockwise: false));
        }
        sb.Append(']');
    }

    private static Coordinate[] Oriented(Coordinate[] ring, bool counterClockwise)
    {
        if (NetTopologySuite.Algorithm.Orientation.IsCCW(ring) == counterClockwise) return ring;
        var copy = (Coordinate[])ring.Clone();
        Array.Reverse(copy);
        return copy;
    }

    private static void Positions(StringBuilder sb, Coordinate[] coords)
    {
        sb.Append('[');
        for (var i = 0; i < coords.Length; i++)
        {
            if (i > 0) sb.Append(',');
            Position(sb, coords[i]);
        }
        sb.Append(']');
    }

    private static void Position(StringBuilder sb, Coordinate c) =>
        sb.Append('[').Append(Fmt.Coord(c.X)).Append(',').Append(Fmt.Coord(c.Y)).Append(']');

    public void Dispose()
    {
        _writer.Write("\n]}\n");
        _writer.Dispose();
    }
}
