using NetTopologySuite.Geometries;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>A BBOX literal (text <c>BBOX(…)</c>, JSON <c>{"bbox": […]}</c>) as a polygon.</summary>
static class Cql2Boxes
{
    static readonly GeometryFactory Factory = new();

    public static Cql2Geometry Create(IReadOnlyList<double> values, int? position)
    {
        var v = values.Count == 6 ? [values[0], values[1], values[3], values[4]] : values.ToArray();
        if (v.Length != 4)
            throw Cql2Exception.At(position, $"BBOX 需要 4 个数（最小x, 最小y, 最大x, 最大y），却有 {values.Count} 个",
                $"BBOX takes 4 numbers (min x, min y, max x, max y), found {values.Count}");
        if (v[0] > v[2] || v[1] > v[3])
            throw Cql2Exception.At(position, "BBOX 的最小值大于最大值：顺序是 最小x, 最小y, 最大x, 最大y",
                "BBOX has a minimum greater than its maximum: the order is min x, min y, max x, max y");
        // A box of no width or height is the line or point it is (ToGeometry makes those too).
        var box = Factory.ToGeometry(new Envelope(v[0], v[2], v[1], v[3]));
        return new Cql2Geometry(box) { Position = position };
    }
}
