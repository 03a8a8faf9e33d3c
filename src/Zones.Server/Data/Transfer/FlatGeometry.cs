using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Drops Z and M: survey files often carry heights (PolygonZ shapefiles, GeoPackages written as
/// XYZ with zero heights), and our columns are two-dimensional, so PostGIS would refuse them.
/// </summary>
sealed class FlatGeometry : GeometryTransformer
{
    static readonly FlatGeometry Instance = new();

    /// <summary><paramref name="g"/> with x/y only (the same object when it already has no Z or M), SRID 0 kept as the file's.</summary>
    public static Geometry Of(Geometry g)
    {
        if (g.IsEmpty || g.Coordinates is { Length: > 0 } && g is not GeometryCollection && Dimension(g) == 2 ||
            g is GeometryCollection c && Enumerable.Range(0, c.NumGeometries).All(i => Dimension(c.GetGeometryN(i)) == 2))
            return g;
        lock (Instance)
            return Instance.Transform(g);
    }

    static int Dimension(Geometry g) => g switch
    {
        Point p => p.CoordinateSequence.Dimension,
        LineString l => l.CoordinateSequence.Dimension,
        Polygon p => p.ExteriorRing.CoordinateSequence.Dimension,
        _ => 3,
    };

    protected override CoordinateSequence TransformCoordinates(CoordinateSequence coords, Geometry parent) =>
        StorageGeometry.Factory.CoordinateSequenceFactory.Create(
            Enumerable.Range(0, coords.Count).Select(i => new Coordinate(coords.GetX(i), coords.GetY(i))).ToArray());
}
