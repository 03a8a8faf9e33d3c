using System.Globalization;
using Npgsql;
using Zones.Server.Data.Analysis;
using Zones.Server.Spatial;
using Zones.Server.Tests.Data.Editing;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// Hand-built roads, lights and bins for the road-gap checks, in a database of their own
/// (<c>…_gaps_b</c>, see <see cref="TestDatabases.Named"/>). Each test starts an empty township of
/// its own (<see cref="NewTownshipAsync"/>), so tests never see each other's rows.
/// </summary>
/// <remarks>
/// Coordinates are local metres (x east, y north) mapped to WGS84 by <see cref="TestTownship.Local"/>,
/// the tangent plane of Gauss–Krüger CM 120°E near 30°N. The checks measure in that same zone
/// (EPSG:4549), so a road drawn 1000 m long measures 1000 m to a few centimetres and answers
/// worked out in local metres hold to ±0.5 m.
/// </remarks>
public sealed class RoadFixture : IAsyncLifetime
{
    public const string Collection = "road-gaps-db";

    static int _townships;
    int _batches;
    NpgsqlDataSource _db = null!;

    /// <summary>Division code of the current test's township.</summary>
    public string Township { get; private set; } = "";

    public async Task InitializeAsync() => _db = await TestDatabases.CreateMigratedAsync(TestDatabases.Named("_gaps_b"));

    public async Task DisposeAsync()
    {
        if (_db is not null)
            await _db.DisposeAsync();
    }

    /// <summary>
    /// Starts a new township for the next test and removes the roads, assets and zones of earlier ones:
    /// every test draws at the same local coordinates, and the checks count a lamp whoever keeps it.
    /// </summary>
    public async Task NewTownshipAsync()
    {
        Township = $"999998{Interlocked.Increment(ref _townships):D3}000";
        foreach (var table in (string[])["asset", "road", "zone"])
            await ExecAsync($"DELETE FROM zones.{table} WHERE township_code <> $1");
        await ExecAsync("INSERT INTO zones.township (division_code, county_code, name) VALUES ($1, left($1, 6), '测试镇')");
    }

    /// <summary>A road segment drawn in local metres; returns its id.</summary>
    public Task<long> RoadAsync(string code, string roadClass, string wkt, string name = "测试路") => ScalarAsync<long>(
        "INSERT INTO zones.road (township_code, code, name, class, geom) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        code, name, roadClass, StorageGeometry.WithStorageSrid(TestTownship.Local(wkt)));

    /// <summary>Assets of one kind at local points, with a pole height (null = attribute missing), a status, retired or not.</summary>
    public Task AssetsAsync(string kind, IEnumerable<(double X, double Y)> at, double? height = null,
                            string status = "good", bool retired = false)
    {
        var points = at.Select(p => StorageGeometry.WithStorageSrid(TestTownship.Local(FormattableString.Invariant($"POINT({p.X} {p.Y})")))).ToArray();
        var classCode = kind switch { "bin" => "0305", "landscape_light" => "0120", _ => "0118" };
        return ExecAsync("""
            INSERT INTO zones.asset (township_code, kind, class_code, identifier, status, attributes, geom, retired_at)
            SELECT $1, $2, $3, $4 || n, $5,
                   CASE WHEN $6::float8 IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('pole_height_m', $6::float8) END,
                   g, CASE WHEN $7 THEN now() END
            FROM unnest($8::geometry[]) WITH ORDINALITY AS u(g, n)
            """, kind, classCode, $"B{Interlocked.Increment(ref _batches):D4}-", status,
            height is { } h ? h : DBNull.Value, retired, points);
    }

    /// <summary>Street lights (8 m poles unless told) at the given local points.</summary>
    public Task LightsAsync(IEnumerable<(double X, double Y)> at, double? height = 8, string status = "good") =>
        AssetsAsync("streetlight", at, height, status);

    /// <summary>Points every <paramref name="step"/> m from x = <paramref name="from"/> to <paramref name="to"/> (inclusive) at height y.</summary>
    public static IEnumerable<(double X, double Y)> Every(double from, double to, double step, double y)
    {
        for (var x = from; x <= to + 1e-9; x += step)
            yield return (x, y);
    }

    /// <summary>A live area zone of the township drawn in local metres; returns its id.</summary>
    public Task<long> ZoneAsync(string wkt) => ScalarAsync<long>(
        "INSERT INTO zones.zone (township_code, level, code, name, geom) VALUES ($1, 'area', $1 || '001', '测试片区', ST_Multi($2)) RETURNING id",
        StorageGeometry.WithStorageSrid(TestTownship.Local(wkt)));

    /// <summary>Runs one check on the current township, for <paramref name="kinds"/> (default: all it has).</summary>
    public async Task<IReadOnlyList<CoverageGap>> FindAsync(ICoverageCheck check, AnalysisSettings? settings = null,
                                                           long? zoneId = null, params string[] kinds)
    {
        await using var conn = await _db.OpenConnectionAsync();
        var wanted = (kinds.Length > 0 ? kinds : check.Kinds).ToHashSet();
        return await check.FindAsync(conn, Township, zoneId, settings ?? AnalysisSettings.Default, wanted, CancellationToken.None);
    }

    /// <summary>Length on the spheroid of a gap's geometry, as PostGIS measures it.</summary>
    public Task<double> GeodesicLengthAsync(CoverageGap gap) =>
        ScalarAsync<double>("SELECT ST_Length($2::geography)", StorageGeometry.WithStorageSrid(gap.Geometry));

    /// <summary>The road code of a gap.</summary>
    public Task<string> RoadCodeAsync(CoverageGap gap) =>
        ScalarAsync<string>("SELECT code FROM zones.road WHERE township_code = $1 AND id = $2", gap.RoadId!.Value);

    async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var cmd = Command(sql, args);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    async Task ExecAsync(string sql, params object[] args)
    {
        await using var cmd = Command(sql, args);
        await cmd.ExecuteNonQueryAsync();
    }

    // $1 is always the township code, then args.
    NpgsqlCommand Command(string sql, object[] args)
    {
        var cmd = _db.CreateCommand(sql);
        cmd.Parameters.Add(new NpgsqlParameter { Value = Township });
        foreach (var a in args)
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        return cmd;
    }
}

[CollectionDefinition(RoadFixture.Collection)]
public sealed class RoadFixtureCollection : ICollectionFixture<RoadFixture>;
