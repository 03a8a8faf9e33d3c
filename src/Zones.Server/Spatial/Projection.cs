using System.Collections.Concurrent;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Zones.Server.Spatial;

/// <summary>
/// A projected CRS (Web Mercator or a Gauss–Krüger zone) as a pair of cached ProjNet transforms
/// between its own geographic CRS and its metres.
/// </summary>
/// <remarks>
/// Each transform goes from the projection's own base GEOGCS, not from ProjNet's WGS84, so
/// ProjNet applies no datum shift: CGCS2000 lon/lat are taken as WGS84 lon/lat (DESIGN.md),
/// the same null transformation PostGIS/PROJ applies between EPSG:4326 and EPSG:4490.
/// Both directions are built with <c>CreateFromCoordinateSystems</c> rather than
/// <c>MathTransform.Inverse()</c>: ProjNet caches and mutates inverses lazily, while a forward
/// <c>Transform</c> only reads its parameters, so the cached transforms can be shared by
/// concurrent requests.
/// </remarks>
sealed class Projection
{
    static readonly CoordinateSystemFactory _systems = new();
    static readonly CoordinateTransformationFactory _transforms = new();
    static readonly ConcurrentDictionary<Crs, Projection> _cache = new();

    readonly MathTransform _toMetres;
    readonly MathTransform _toDegrees;

    Projection(ProjectedCoordinateSystem projected)
    {
        var geographic = projected.GeographicCoordinateSystem;
        _toMetres = _transforms.CreateFromCoordinateSystems(geographic, projected).MathTransform;
        _toDegrees = _transforms.CreateFromCoordinateSystems(projected, geographic).MathTransform;
    }

    /// <summary>The projection for a projected CRS, built once and cached.</summary>
    public static Projection For(Crs crs) => _cache.GetOrAdd(crs, Create);

    /// <summary>Longitude/latitude in degrees → easting/northing in metres.</summary>
    public (double X, double Y) Forward(double lon, double lat) => _toMetres.Transform(lon, lat);

    /// <summary>Easting/northing in metres → longitude/latitude in degrees.</summary>
    public (double Lon, double Lat) Inverse(double x, double y) => _toDegrees.Transform(x, y);

    static Projection Create(Crs crs) => crs switch
    {
        { Kind: CrsKind.WebMercator } => new(ProjectedCoordinateSystem.WebMercator),
        { Zone: { } zone } => new((ProjectedCoordinateSystem)_systems.CreateFromWkt(zone.ToWkt())),
        _ => throw new ArgumentException($"{crs} is not a projected CRS.", nameof(crs)),
    };
}
