using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Zones.Server.Spatial;

/// <summary>
/// Geometry exchange with PostGIS as (E)WKB, and the one geometry factory the server uses.
/// Npgsql.NetTopologySuite cannot be restored here (DESIGN.md), so stores select
/// <c>ST_AsBinary(geom)</c> or <c>ST_AsEWKB(geom)</c> into <see cref="Read"/> and send
/// <see cref="Write"/>'s bytes as a <c>bytea</c> parameter that PostGIS casts to geometry.
/// </summary>
/// <remarks>
/// Readers and writers are created per call: they are cheap, and NTS documents no thread safety
/// for them. The writer emits only x/y, since our columns are 2D (<c>geometry(MultiPolygon, 4326)</c>)
/// and PostGIS rejects a Z geometry there.
/// </remarks>
static class Wkb
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
    /// Reads WKB or EWKB. The SRID comes from EWKB when present (<c>ST_AsEWKB</c>), else it is
    /// 4326, because plain WKB (<c>ST_AsBinary</c>) carries none and our columns are 4326.
    /// </summary>
    public static Geometry Read(byte[] bytes) => new WKBReader(Services) { HandleSRID = true }.Read(bytes);

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

    /// <summary>Writes little-endian EWKB carrying the geometry's SRID (x/y only).</summary>
    /// <exception cref="ArgumentException">The geometry has no SRID (0); PostGIS would store it as unknown.</exception>
    public static byte[] Write(Geometry geometry)
    {
        if (geometry.SRID == 0)
            throw new ArgumentException(
                "The geometry has no SRID; give it one (4326 for storage) before writing EWKB.", nameof(geometry));
        return new WKBWriter(ByteOrder.LittleEndian, handleSRID: true, emitZ: false, emitM: false).Write(geometry);
    }
}
