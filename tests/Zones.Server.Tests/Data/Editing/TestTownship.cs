using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO;
using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Editing;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Data.Editing;

/// <summary>
/// A township built by hand for one test and removed after it: a 1 km × 1 km township zone, two
/// units and two people. Geometry is written in local metres (WKT), origin at the south-west
/// corner, and mapped to WGS84 by the tangent plane of CGCS2000 Gauss–Krüger CM 120°E (EPSG:4549)
/// at the township's centre, taken from <see cref="CrsConvert"/>: a 10 m × 10 m square is 100 m²
/// on the ellipsoid to a few cm². The map is affine, so straight edges stay straight and a vertex
/// placed on a neighbour's edge lies on it, as in lines drawn on a web map. (Converting each
/// vertex through the projection instead bends long edges by millimetres, enough for a 2.8 m²
/// sliver between a 1 km parent edge and a child vertex on it.)
/// </summary>
public sealed class TestTownship(NpgsqlDataSource db)
{
    static int _next;
    static readonly AffineTransformation ToWgs84 = TangentPlane(500_500, 3_320_500, 500);
    static readonly WKTReader Reader = new(StorageGeometry.Services);

    readonly int _n = Interlocked.Increment(ref _next);

    public string Code => $"999999{_n:D3}000";
    public Actor Actor => new($"tester{_n}", Roles.Planner);
    public long RootId { get; private set; }
    public long UnitA { get; private set; }
    public long UnitB { get; private set; }
    public long PersonA { get; private set; }
    public long PersonB { get; private set; }

    /// <summary>A geometry given in local metres (origin at the township's south-west corner), in WGS84.</summary>
    public static Geometry Local(string wkt) => ToWgs84.Transform(Reader.Read(wkt));

    /// <summary>A rectangle in local metres, in WGS84.</summary>
    public static Geometry Rect(double x0, double y0, double x1, double y1) =>
        Local(FormattableString.Invariant($"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"));

    /// <summary>Local metres → lon/lat through the Jacobian of the GK inverse at (easting, northing), the local origin <paramref name="half"/> m south-west of it.</summary>
    static AffineTransformation TangentPlane(double easting, double northing, double half)
    {
        var gk = Crs.FromEpsg(4549);
        var (lon, lat) = CrsConvert.ToWgs84(easting, northing, gk);
        var (eLon, eLat) = CrsConvert.ToWgs84(easting + 1, northing, gk);
        var (nLon, nLat) = CrsConvert.ToWgs84(easting, northing + 1, gk);
        var (a, b, c, d) = (eLon - lon, nLon - lon, eLat - lat, nLat - lat);
        return new AffineTransformation(a, b, lon - (a + b) * half, c, d, lat - (c + d) * half);
    }

    public async Task CreateAsync()
    {
        await ExecAsync("INSERT INTO zones.township (division_code, county_code, name) VALUES ($1, left($1, 6), '测试镇')");
        RootId = await ScalarAsync<long>("""
            INSERT INTO zones.zone (township_code, level, code, name, geom) VALUES ($1, 'township', $1, '测试镇', ST_Multi($2))
            RETURNING id
            """, StorageGeometry.WithStorageSrid(Rect(0, 0, 1000, 1000)));
        UnitA = await ScalarAsync<long>("INSERT INTO zones.unit (township_code, code, name, kind) VALUES ($1, 'U1', '城管办', 'department') RETURNING id");
        UnitB = await ScalarAsync<long>("INSERT INTO zones.unit (township_code, code, name, kind) VALUES ($1, 'U2', '环卫所', 'department') RETURNING id");
        PersonA = await ScalarAsync<long>("INSERT INTO zones.person (township_code, code, name) VALUES ($1, 'P1', '张三') RETURNING id");
        PersonB = await ScalarAsync<long>("INSERT INTO zones.person (township_code, code, name) VALUES ($1, 'P2', '李四') RETURNING id");
    }

    /// <summary>Removes every row of the township, the audit rows of the removal last.</summary>
    public async Task DisposeAsync()
    {
        foreach (var table in (string[])["assignment", "asset", "road", "zone_history", "zone", "person", "unit", "audit_log"])
            await ExecAsync($"DELETE FROM zones.{table} WHERE township_code = $1");
        await ExecAsync("DELETE FROM zones.township WHERE division_code = $1");
    }

    /// <summary>A live area-level zone under <paramref name="parent"/> (default the township zone), created through the editor.</summary>
    public async Task<ZoneRecord> ZoneAsync(string name, Geometry boundary, long? parent = null, ZoneLevel level = ZoneLevel.Area)
    {
        var payload = await new ZoneEditor(db).CreateZoneAsync(Actor, new(parent ?? RootId, level, name, boundary,
                                                               Options: new(AllowOverlap: true)), default);
        Assert.Empty(payload.Errors);
        return payload.Zone!;
    }

    /// <summary>Row counts of the township's tables, as one string to compare before and after.</summary>
    public Task<string> CountsAsync() => ScalarAsync<string>("""
        SELECT format('zone=%s history=%s assignment=%s asset=%s road=%s audit=%s',
          (SELECT count(*) FROM zones.zone WHERE township_code = $1),
          (SELECT count(*) FROM zones.zone_history WHERE township_code = $1),
          (SELECT count(*) FROM zones.assignment WHERE township_code = $1),
          (SELECT count(*) FROM zones.asset WHERE township_code = $1),
          (SELECT count(*) FROM zones.road WHERE township_code = $1),
          (SELECT count(*) FROM zones.audit_log WHERE township_code = $1))
        """);

    /// <summary>The audit rows of one table row written by this township's actor.</summary>
    public Task<long> AuditRowsAsync(string table, long rowId) => ScalarAsync<long>(
        "SELECT count(*) FROM zones.audit_log WHERE township_code = $1 AND table_name = $2 AND row_id = $3 AND actor = $4",
        table, rowId, Actor.Name);

    /// <summary>
    /// Areas worked out by hand in local metres match the ellipsoid to 0.5 m², or 1e-4 of the area
    /// for large shapes away from the centre (the tangent plane's scale drifts 9e-5 per km north–south).
    /// </summary>
    public static void AssertArea(double expected, double actual) =>
        Assert.Equal(expected, actual, Math.Max(0.5, expected * 1e-4));

    /// <summary>Area in m² on the ellipsoid, as PostGIS measures it.</summary>
    public Task<double> AreaAsync(Geometry g) => ScalarAsync<double>("SELECT ST_Area($2::geography)", StorageGeometry.WithStorageSrid(g));

    /// <summary>A scalar; <c>$1</c> is the township code, then <paramref name="args"/>.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var cmd = Command(sql, args);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task ExecAsync(string sql, params object[] args)
    {
        await using var cmd = Command(sql, args);
        await cmd.ExecuteNonQueryAsync();
    }

    NpgsqlCommand Command(string sql, object[] args)
    {
        var cmd = db.CreateCommand(sql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Code });
        foreach (var arg in args)
            cmd.Parameters.Add(new NpgsqlParameter { Value = arg });
        return cmd;
    }
}
