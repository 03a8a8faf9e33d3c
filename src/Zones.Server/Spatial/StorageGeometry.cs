using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Zones.Server.Spatial;

/// <summary>
/// The one geometry factory the server uses (floating precision, SRID 4326), and the storage SRID
/// every geometry built in memory gets before it is bound. Geometry itself travels to and from
/// PostGIS through Npgsql.NetTopologySuite (<see cref="Data.Sql"/>); nothing here encodes WKB.
/// </summary>
static class StorageGeometry
{
    /// <summary>Storage SRID: WGS84 longitude/latitude.</summary>
    public const int StorageSrid = 4326;

    /// <summary>Geometry services with a floating precision model and SRID 4326 by default.</summary>
    public static NtsGeometryServices Services { get; } = new(new PrecisionModel(PrecisionModels.Floating), StorageSrid);

    /// <summary>The shared factory: floating precision, SRID 4326.</summary>
    public static GeometryFactory Factory { get; } = Services.CreateGeometryFactory();

    /// <summary>The shared factory for 4326, else a factory with the same precision model and <paramref name="srid"/>.</summary>
    public static GeometryFactory FactoryFor(int srid) =>
        srid == StorageSrid ? Factory : Services.CreateGeometryFactory(srid);

    /// <summary>
    /// <paramref name="g"/>, or a copy with SRID 4326 when it has none: geometries built in memory
    /// (API input, analysis results) are WGS84 unless they say otherwise.
    /// </summary>
    public static Geometry WithStorageSrid(Geometry g)
    {
        if (g.SRID != 0)
            return g;
        var copy = g.Copy();
        copy.SRID = StorageSrid;
        return copy;
    }
}
