using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

// The row's geometry: from the GeoJSON feature, a WKT column or lon/lat columns; converted from
// the declared CRS to WGS84, then checked (range, OGC validity) before anything is staged.
sealed partial class RowReader
{
    const string GeometryField = "geometry";

    /// <summary>The geometry in WGS84 (SRID 4326) as the target stores it (a MultiPolygon for zones); null when rejected.</summary>
    public Geometry? Geometry(Shape shape)
    {
        var (raw, field, value) = RawGeometry(shape);
        if (raw is null || OfShape(raw, shape, field, value) is not { } typed || ToWgs84(typed, field, value) is not { } wgs)
            return null;
        if (GeometryChecks.LonLatRange(wgs) is { } range)
        {
            Reject(field, value, "OUT_OF_RANGE", $"坐标不是有效的经纬度{Hint(range.Location!)}", range.Message);
            return null;
        }
        if (GeometryChecks.Validity(wgs) is { } invalid)
        {
            Reject(field, value, "INVALID_GEOMETRY", $"几何图形无效：{invalid.Message}", $"invalid geometry: {invalid.Message}");
            return null;
        }
        if (GeometryChecks.OutsideChina(wgs) is { } outside)
            Warn(field, value, "OUTSIDE_CHINA", $"坐标在中国境外{Hint(outside.Location!)}", outside.Message);
        return wgs;
    }

    (Geometry? Raw, string Field, string? Value) RawGeometry(Shape shape)
    {
        if (row.GeometryError is { } error)
        {
            Reject(GeometryField, null, "INVALID_GEOMETRY", $"要素的 geometry 无效：{error}", $"the feature's geometry is invalid: {error}");
            return (null, GeometryField, null);
        }
        if (row.Geometry is { } g)
            return (g, GeometryField, null);
        if (Text(TransferFields.Wkt) is { } wkt)
            return (ReadWkt(wkt), TransferFields.Wkt, wkt);
        var (x, y) = (Text(TransferFields.X), Text(TransferFields.Y));
        if (shape == Shape.Point && (x is not null || y is not null))
            return (LonLat(), TransferFields.X, $"{x}, {y}");
        Reject(shape == Shape.Point ? TransferFields.X : TransferFields.Wkt, null, "REQUIRED_GEOMETRY",
               shape == Shape.Point ? "缺少坐标：需要经度、纬度两列或 WKT 列" : "缺少几何图形：需要 WKT 列（如 LINESTRING(…)）",
               shape == Shape.Point ? "no coordinates: give lon and lat, or wkt" : "no geometry: give a wkt column (e.g. LINESTRING(…))");
        return (null, GeometryField, null);
    }

    Point? LonLat()
    {
        var x = Number(TransferFields.X) ?? (Text(TransferFields.X) is null ? MissingAxis(TransferFields.X) : null);
        var y = Number(TransferFields.Y) ?? (Text(TransferFields.Y) is null ? MissingAxis(TransferFields.Y) : null);
        return x is { } lon && y is { } lat ? StorageGeometry.Factory.CreatePoint(new Coordinate(lon, lat)) : null;
    }

    double? MissingAxis(string field)
    {
        Required(field);
        return null;
    }

    Geometry? ReadWkt(string wkt)
    {
        var text = wkt;
        if (text.StartsWith("SRID=", StringComparison.OrdinalIgnoreCase) && text.IndexOf(';') is > 5 and var semi)
        {
            var srid = text[5..semi];
            text = text[(semi + 1)..];
            if (srid != crs.Srid.ToString(CultureInfo.InvariantCulture))
            {
                Reject(TransferFields.Wkt, wkt, "CRS_MISMATCH", $"WKT 声明的 SRID={srid} 与导入坐标系 {crs} 不一致",
                       $"the WKT says SRID={srid} but the import's CRS is {crs}");
                return null;
            }
        }
        try
        {
            return new WKTReader(StorageGeometry.Services).Read(text);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or FormatException)
        {
            Reject(TransferFields.Wkt, wkt, "INVALID_WKT", $"不是有效的 WKT：{e.Message}", $"not valid WKT: {e.Message}");
            return null;
        }
    }

    Geometry? OfShape(Geometry g, Shape shape, string field, string? value)
    {
        Geometry? typed = (shape, g) switch
        {
            (Shape.Point, Point p) => p,
            (Shape.Point, MultiPoint { NumGeometries: 1 } mp) => mp.GetGeometryN(0),
            (Shape.Line, LineString l) => l,
            (Shape.Line, MultiLineString { NumGeometries: 1 } ml) => ml.GetGeometryN(0),
            (Shape.Polygon, Polygon p) => g.Factory.CreateMultiPolygon([p]),
            (Shape.Polygon, MultiPolygon mp) => mp,
            _ => null,
        };
        if (typed is null)
            Reject(field, value, "WRONG_GEOMETRY_TYPE", $"几何类型应为{ShapeLabel(shape)}，实际是 {g.GeometryType}",
                   $"expected a {shape} geometry, got {g.GeometryType}");
        else if (typed.IsEmpty)
            Reject(field, value, "EMPTY_GEOMETRY", "几何图形为空", "the geometry is empty");
        return typed is { IsEmpty: false } ? typed : null;
    }

    Geometry? ToWgs84(Geometry g, string field, string? value)
    {
        try
        {
            return CrsConvert.ToWgs84(g, crs);
        }
        catch (CrsException e)
        {
            var swapped = g is Point p && SwappedFits(p);
            Reject(field, value, "NOT_IN_CRS",
                   $"坐标不在所声明的坐标系 {crs} 内" + (swapped ? "；X、Y 似乎填反了（测量习惯中 X 为北坐标），请交换两列或用 --map 指定" : ""),
                   e.Message + (swapped ? " X and Y look swapped (surveyors write northing as X): swap the columns or map them." : ""));
            return null;
        }
    }

    bool SwappedFits(Point p)
    {
        try
        {
            var (lon, lat) = CrsConvert.ToWgs84(p.Y, p.X, crs);
            return !ChinaOffsets.OutOfChina(lon, lat);
        }
        catch (CrsException)
        {
            return false;
        }
    }

    static string Hint(Coordinate c) =>
        Math.Abs(c.X) <= 90 && Math.Abs(c.Y) > 54 && Math.Abs(c.Y) <= 180 ? "；经度、纬度似乎填反了（应先经度、后纬度）"
        : Math.Abs(c.X) >= 1000 || Math.Abs(c.Y) >= 1000 ? "；看起来是投影坐标（米），请声明坐标系，如 --crs EPSG:4528"
        : "";

    static string ShapeLabel(Shape shape) => shape switch
    {
        Shape.Point => "点 (Point)",
        Shape.Line => "线 (LineString)",
        _ => "面 (Polygon / MultiPolygon)",
    };
}
