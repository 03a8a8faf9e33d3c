using Npgsql;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Query;

/// <summary>Small typed readers for nullable columns, so row constructors stay one line each.</summary>
static class Readers
{
    public static long? Long(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
    public static string? Text(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static DateTimeOffset Time(this NpgsqlDataReader r, int i) => r.GetFieldValue<DateTimeOffset>(i);
    public static DateTimeOffset? TimeOrNull(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
    public static DateOnly? Date(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
    public static NetTopologySuite.Geometries.Geometry Geometry(this NpgsqlDataReader r, int i) => Wkb.Read(r.GetFieldValue<byte[]>(i));
}
