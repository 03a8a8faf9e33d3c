using System.Globalization;
using NetTopologySuite.Geometries;

namespace Zones.Server.Spatial;

/// <summary>
/// Converts coordinates and NTS geometries between a supported <see cref="Crs"/> and WGS84
/// longitude/latitude, the storage CRS (EPSG:4326). x/lon comes first everywhere.
/// </summary>
/// <remarks>
/// CGCS2000 passes through unchanged (DESIGN.md: it agrees with WGS84 to centimetres), Web
/// Mercator and the Gauss–Krüger zones go through ProjNet (<see cref="Projection"/>), GCJ-02 and
/// BD-09 through <see cref="ChinaOffsets"/>. Z and M values are carried over untouched.
/// </remarks>
static class CrsConvert
{
    // A Gauss–Krüger easting more than this far from the false easting is not in that zone: a 3°
    // zone is 334 km wide at the equator, so 1 000 km leaves room for a neighbour zone's points.
    const double MaxEastingOffset = 1_000_000;

    /// <summary>Coordinates in <paramref name="crs"/> → WGS84 longitude/latitude.</summary>
    /// <exception cref="CrsException">
    /// A Gauss–Krüger point that cannot belong to the zone, or coordinates the conversion turns into
    /// no position at all (NaN or infinite, e.g. metres far beyond the projection's domain).
    /// </exception>
    public static (double Lon, double Lat) ToWgs84(double x, double y, Crs crs)
    {
        var (lon, lat) = crs.Kind switch
        {
            CrsKind.Wgs84 or CrsKind.Cgcs2000 => (x, y),
            CrsKind.Gcj02 => ChinaOffsets.Gcj02ToWgs84(x, y),
            CrsKind.Bd09 => ChinaOffsets.Bd09ToWgs84(x, y),
            CrsKind.GaussKruger => CheckZone(Projection.For(crs).Inverse(CheckEasting(x, crs), y), x, y, crs),
            _ => Projection.For(crs).Inverse(x, y),
        };
        if (double.IsFinite(x) && double.IsFinite(y) && !(double.IsFinite(lon) && double.IsFinite(lat)))
            throw new CrsException(string.Create(CultureInfo.InvariantCulture,
                $"The point ({x}, {y}) in {crs} has no longitude/latitude: check that the coordinates are in {crs}."));
        return (lon, lat);
    }

    /// <summary>WGS84 longitude/latitude → coordinates in <paramref name="crs"/>.</summary>
    public static (double X, double Y) FromWgs84(double lon, double lat, Crs crs) => crs.Kind switch
    {
        CrsKind.Wgs84 or CrsKind.Cgcs2000 => (lon, lat),
        CrsKind.Gcj02 => ChinaOffsets.Wgs84ToGcj02(lon, lat),
        CrsKind.Bd09 => ChinaOffsets.Wgs84ToBd09(lon, lat),
        _ => Projection.For(crs).Forward(lon, lat),
    };

    /// <summary>A copy of <paramref name="geometry"/> converted from <paramref name="crs"/> to WGS84, with SRID 4326.</summary>
    public static Geometry ToWgs84(Geometry geometry, Crs crs) =>
        Convert(geometry, StorageGeometry.Factory, (x, y) => ToWgs84(x, y, crs));

    /// <summary>
    /// A copy of a WGS84 <paramref name="geometry"/> converted to <paramref name="crs"/>, with the
    /// CRS's EPSG code as SRID (0 for GCJ-02 and BD-09, which have none).
    /// </summary>
    public static Geometry FromWgs84(Geometry geometry, Crs crs) =>
        Convert(geometry, StorageGeometry.FactoryFor(crs.Srid), (lon, lat) => FromWgs84(lon, lat, crs));

    static Geometry Convert(Geometry geometry, GeometryFactory factory, Func<double, double, (double, double)> convert)
    {
        var copy = factory.CreateGeometry(geometry);
        copy.Apply(new XyFilter(convert));
        return copy;
    }

    static double CheckEasting(double x, Crs crs)
    {
        var zone = crs.Zone!;
        if (Math.Abs(x - zone.FalseEasting) <= MaxEastingOffset)
            return x;
        var hint = zone.ZonePrefix
            ? $" It looks like an easting without the zone prefix: use EPSG:{(zone with { ZonePrefix = false }).Epsg}."
            : PrefixedZoneHint(x, zone.Width);
        throw new CrsException(string.Create(CultureInfo.InvariantCulture,
            $"Easting {x} is not in {crs} ({zone.Name}), whose eastings lie near {zone.FalseEasting} m.{hint}"));
    }

    // A zone's points lie within about half a zone's width of its central meridian; one whole
    // width either side still admits a neighbour zone's points (as MaxEastingOffset does), while a
    // point that lands further away, or south of the equator, was never in this zone: most often
    // longitude/latitude sent with a Gauss–Krüger crs.
    static (double Lon, double Lat) CheckZone((double Lon, double Lat) p, double x, double y, Crs crs)
    {
        var zone = crs.Zone!;
        if (!double.IsFinite(p.Lon) || Math.Abs(p.Lon - zone.CentralMeridian) <= zone.Width && p.Lat is >= 0 and <= 60)
            return p;
        throw new CrsException(string.Create(CultureInfo.InvariantCulture,
            $"The point ({x}, {y}) is not in {crs} ({zone.Name}): it would lie at {p.Lon:0.###}, {p.Lat:0.###}, far from the zone's central meridian {zone.CentralMeridian}E. Gauss-Kruger coordinates are metres (easting near {zone.FalseEasting}, northing 2000000-6000000 in China); for longitude/latitude use crs WGS84 or CGCS2000."));
    }

    static string PrefixedZoneHint(double x, int width)
    {
        var prefixed = new GaussKrugerZone(width, (int)Math.Floor(x / 1_000_000), true);
        return GaussKrugerZone.All.Contains(prefixed)
            ? $" It looks like an easting with the zone prefix {prefixed.Number}: use EPSG:{prefixed.Epsg}."
            : "";
    }

    /// <summary>Rewrites x/y of every coordinate in place, on a fresh copy.</summary>
    sealed class XyFilter(Func<double, double, (double X, double Y)> convert) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = convert(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
