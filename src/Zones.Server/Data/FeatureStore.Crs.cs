using System.Globalization;
using Npgsql;
using Zones.Server.Spatial;

namespace Zones.Server.Data;

/// <summary>
/// OGC API Features Part 2 in SQL: geometries written in the CRS the client asked for, and a
/// <c>bbox</c> given in another CRS than CRS84. Every SRID written into SQL comes from
/// <see cref="OgcCrs.Supported"/>, never from input.
/// Spec: https://docs.ogc.org/is/18-058r1/18-058r1.html
/// </summary>
sealed partial class FeatureStore
{
    /// <summary>
    /// The feature's geometry as GeoJSON in <paramref name="crs"/>, in that CRS's axis order.
    /// </summary>
    /// <remarks>
    /// ST_Transform always returns x = longitude / easting (PostGIS normalises axes for PROJ), so
    /// latitude-first and northing-first CRSs are flipped afterwards. Option 0 keeps ST_AsGeoJSON
    /// from adding the obsolete GeoJSON 2008 <c>crs</c> member to every geometry: the CRS travels
    /// in the <c>Content-Crs</c> header.
    /// </remarks>
    static string GeometrySql(OgcCrs crs)
    {
        var geom = crs.Srid == 4326 ? "t.geom" : $"ST_Transform(t.geom, {Srid(crs)})";
        if (crs.SwapsAxes)
            geom = $"ST_FlipCoordinates({geom})";
        return $"ST_AsGeoJSON({geom}, {crs.Decimals}, 0)";
    }

    /// <summary>
    /// The bbox test with the box's four numbers at $1–$4 as x/y (see <see cref="AddBbox"/>).
    /// </summary>
    /// <remarks>
    /// A box in CRS84 / EPSG:4326 is compared with the indexed column as it is. A box in any
    /// other CRS is straight-edged there, not in degrees: the index is asked with the box
    /// densified, moved to 4326 and widened by 1e-6° (its edges bulge between the added vertices
    /// by far less), and the exact test is made in the box's own CRS on those few candidates.
    /// </remarks>
    internal static string BboxSql(OgcCrs bboxCrs)
    {
        if (bboxCrs.Srid == 4326)
            return "($1::float8 IS NULL OR ST_Intersects(t.geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)))";
        var srid = Srid(bboxCrs);
        var box = $"ST_MakeEnvelope($1, $2, $3, $4, {srid})";
        return $"""
            ($1::float8 IS NULL OR (
              t.geom && ST_Expand(ST_Transform(ST_Segmentize({box}, greatest($3 - $1, $4 - $2, 1e-6) / 64), 4326), 1e-6)
              AND ST_Intersects(ST_Transform(t.geom, {srid}), {box})))
            """;
    }

    /// <summary>Binds the box at $1–$4 as PostGIS x/y: a latitude- or northing-first box is swapped.</summary>
    internal static void AddBbox(NpgsqlCommand cmd, FeatureFilter f)
    {
        var b = f.Bbox;
        var xy = b is null ? null : f.BboxCrs.SwapsAxes ? [b[1], b[0], b[3], b[2]] : b;
        for (var i = 0; i < 4; i++)
            cmd.Parameters.Add(new NpgsqlParameter<double?> { TypedValue = xy?[i] });
    }

    // The SQL cache key part of a CRS: CRS84 and EPSG:4326 share an SRID but not an axis order.
    static string Key(OgcCrs crs) => crs.Uri;

    static string Srid(OgcCrs crs) => crs.Srid.ToString(CultureInfo.InvariantCulture);
}
