using System.Buffers;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Zones.Server.Spatial;

/// <summary>Writes NTS geometries as RFC 7946 GeoJSON geometry objects.</summary>
/// <remarks>
/// Polygon rings are written counterclockwise for shells and clockwise for holes, the right-hand
/// rule of RFC 7946 §3.1.6, whatever order the geometry has. Coordinates are rounded to
/// <c>decimals</c> places: the default 7 is about 1 cm in degrees (RFC 7946 §11.2 advises 6,
/// about 10 cm; surveyed boundaries need better). A LinearRing is written as a LineString.
/// </remarks>
static partial class GeoJson
{
    /// <summary>Default decimal places: 7 is about 1.1 cm of latitude.</summary>
    public const int DefaultDecimals = 7;

    /// <summary>The geometry as GeoJSON text.</summary>
    public static string Write(Geometry geometry, int decimals = DefaultDecimals)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, geometry, decimals);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the geometry object into a response being written.</summary>
    public static void Write(Utf8JsonWriter writer, Geometry geometry, int decimals = DefaultDecimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        new GeoJsonWriter(writer, decimals).Geometry(geometry);
    }

    /// <summary>One write: the JSON writer and the rounding.</summary>
    sealed class GeoJsonWriter(Utf8JsonWriter w, int decimals)
    {
        public void Geometry(Geometry g)
        {
            w.WriteStartObject();
            w.WriteString("type", g is LinearRing ? "LineString" : g.GeometryType);
            if (g.OgcGeometryType == OgcGeometryType.GeometryCollection)
            {
                w.WriteStartArray("geometries");
                foreach (var part in Parts(g))
                    Geometry(part);
            }
            else
            {
                w.WriteStartArray("coordinates");
                Coordinates(g);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }

        /// <summary>The contents of the "coordinates" array (its brackets are the caller's).</summary>
        void Coordinates(Geometry g)
        {
            switch (g)
            {
                case Point p when !p.IsEmpty:
                    Values(p.CoordinateSequence, 0);
                    break;
                case LineString l:
                    Positions(l.CoordinateSequence, reverse: false);
                    break;
                case Polygon p when !p.IsEmpty:
                    Ring(p.ExteriorRing, counterClockwise: true);
                    foreach (var hole in p.InteriorRings)
                        Ring(hole, counterClockwise: false);
                    break;
                case GeometryCollection multi:
                    foreach (var part in Parts(multi))
                        Nested(part);
                    break;
            }
        }

        void Nested(Geometry part)
        {
            w.WriteStartArray();
            Coordinates(part);
            w.WriteEndArray();
        }

        void Ring(LineString ring, bool counterClockwise)
        {
            var seq = ring.CoordinateSequence;
            // Orientation needs a real ring; anything shorter is written as it is.
            var reverse = seq.Count >= 4 && Orientation.IsCCW(seq) != counterClockwise;
            w.WriteStartArray();
            Positions(seq, reverse);
            w.WriteEndArray();
        }

        void Positions(CoordinateSequence seq, bool reverse)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                w.WriteStartArray();
                Values(seq, reverse ? seq.Count - 1 - i : i);
                w.WriteEndArray();
            }
        }

        void Values(CoordinateSequence seq, int i)
        {
            Number(seq.GetX(i));
            Number(seq.GetY(i));
            if (seq.HasZ && !double.IsNaN(seq.GetZ(i)))
                Number(seq.GetZ(i));
        }

        // Math.Round can give -0, which would print as "-0".
        void Number(double v)
        {
            var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
            w.WriteNumberValue(rounded == 0 ? 0 : rounded);
        }

        static IEnumerable<Geometry> Parts(Geometry g) =>
            Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN);
    }
}
