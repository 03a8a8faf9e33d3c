using NetTopologySuite.Geometries;
using Npgsql;
using Zones.Server.Spatial;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data;

/// <summary>
/// The one way the data layer binds a value and reads a column. Values go in as typed positional
/// parameters (<c>$1…$n</c>, <see cref="NpgsqlParameter{T}"/>: no boxing); geometry travels as
/// NetTopologySuite types through Npgsql.NetTopologySuite (see <see cref="ZonesDataSource"/>), so
/// no store builds or parses WKB itself.
/// </summary>
public static class Sql
{
    /// <summary>A typed parameter; nullable types send NULL.</summary>
    public static NpgsqlParameter<T> P<T>(T value) => new() { TypedValue = value };

    // Npgsql writes only UTC offsets to timestamptz; callers hold China time (+08:00).
    public static NpgsqlParameter<DateTimeOffset> P(DateTimeOffset value) => new() { TypedValue = value.ToUniversalTime() };

    public static NpgsqlParameter<DateTimeOffset?> P(DateTimeOffset? value) => new() { TypedValue = value?.ToUniversalTime() };

    /// <summary>A named parameter (<c>@name</c>), for the analysis checks whose shared fragments refer to values by name.</summary>
    public static NpgsqlParameter<T> P<T>(string name, T value) => new(name, value);

    /// <summary>A geometry parameter, SRID 4326 unless the geometry says otherwise; NULL for null.</summary>
    public static NpgsqlParameter<Geometry?> Geom(Geometry? geometry) =>
        new() { TypedValue = geometry is null ? null : StorageGeometry.WithStorageSrid(geometry) };

    /// <summary>Geometries as one <c>geometry[]</c> parameter (for <c>unnest</c>).</summary>
    public static NpgsqlParameter<Geometry[]> Geoms(IEnumerable<Geometry> geometries) =>
        new() { TypedValue = geometries.Select(StorageGeometry.WithStorageSrid).ToArray() };

    public static long? Long(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    public static string? Text(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static T? Nullable<T>(this NpgsqlDataReader r, int i) where T : struct => r.IsDBNull(i) ? null : r.GetFieldValue<T>(i);

    public static DateTimeOffset Time(this NpgsqlDataReader r, int i) => r.GetFieldValue<DateTimeOffset>(i);

    public static DateTimeOffset? TimeOrNull(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);

    public static DateOnly? Date(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    /// <summary>A geometry column (or expression) as NTS, with the SRID PostGIS sent.</summary>
    public static Geometry Geometry(this NpgsqlDataReader r, int i) => r.GetFieldValue<Geometry>(i);

    public static Geometry? GeometryOrNull(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<Geometry>(i);
}
