using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// Issue #12 §1: one road of known geodesic length, in a public township placed inside China's
/// Gauss–Krüger range (119.8°E), across a 3° zone edge (121.5°E) and far outside it (25°E), reports the
/// same length in <c>Road.lengthM</c> (GraphQL), in its 无路灯道路 gap, in the sum of its 缺灯段 and in the
/// road export (GeoJSON), within 0.1 %. The expected length is computed by PostGIS on the geography of
/// the WKT literal, not from the stored road.
/// </summary>
public sealed class MetricFrameTests : IAsyncLifetime
{
    NpgsqlDataSource _db = null!;
    ZonesApplication _app = null!;

    public async Task InitializeAsync()
    {
        var cs = TestDatabases.Named("_frame");
        _db = await TestDatabases.CreateMigratedAsync(cs, perTest: true);
        _app = new ZonesApplication(cs);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    // A ~900 m road with a bend, starting at lon, at 30°N; its township's boundary holds it.
    static string Line(double lon) => string.Create(CultureInfo.InvariantCulture,
        $"SRID=4326;LINESTRING({lon} 30, {lon + 0.004} 30.0005, {lon + 0.009} 30.001)");

    static string Box(double lon) => string.Create(CultureInfo.InvariantCulture,
        $"SRID=4326;MULTIPOLYGON((({lon - 0.01} 29.99, {lon + 0.02} 29.99, {lon + 0.02} 30.01, {lon - 0.01} 30.01, {lon - 0.01} 29.99)))");

    async Task<(string Code, long RoadId, double Expected)> TownshipAsync(double lon)
    {
        var code = $"999997{(int)Math.Round(lon * 10) % 1000:D3}000";
        await ExecAsync("INSERT INTO zones.township (division_code, county_code, name, is_public) VALUES ($1, left($1, 6), '测试镇', true)", code);
        await ExecAsync("INSERT INTO zones.zone (township_code, level, code, name, geom) VALUES ($1, 'township', $1, '测试镇', $2::geometry)", code, Box(lon));
        var id = await ScalarAsync<long>("INSERT INTO zones.road (township_code, code, name, class, geom) VALUES ($1, 'R1', '长街', 'branch', $2::geometry) RETURNING id",
                                         code, Line(lon));
        return (code, id, await ScalarAsync<double>("SELECT ST_Length($1::geometry::geography)", Line(lon)));
    }

    [Theory]
    [InlineData(119.8)]
    [InlineData(121.495)]
    [InlineData(25.0)]
    public async Task A_road_reports_its_geodesic_length_in_the_api_its_gaps_and_the_export(double lon)
    {
        var (code, roadId, expected) = await TownshipAsync(lon);
        Assert.Equal(expected, await RoadLengthAsync(roadId), expected * 1e-3);
        Assert.Equal(expected, Assert.Single(await GapsAsync(code, GapKinds.UnlitRoad)).LengthM!.Value, expected * 1e-3);
        await ExecAsync("""
            INSERT INTO zones.asset (township_code, kind, class_code, identifier, status, geom)
            SELECT $1, 'streetlight', '0118', 'LAMP' || (f * 10)::int, 'good', ST_LineInterpolatePoint(r.geom, f)
            FROM zones.road r, unnest(ARRAY[0.3, 0.6]) f WHERE r.township_code = $1
            """, code);
        Assert.Equal(expected, (await GapsAsync(code, GapKinds.LightGap)).Sum(g => g.LengthM!.Value), expected * 1e-3);
        Assert.Equal(expected, await ExportedLengthAsync(code), expected * 1e-3);
    }

    async Task<double> RoadLengthAsync(long id)
    {
        using var response = await _app.CreateClient().PostAsJsonAsync("/graphql", new { query = $"{{ road(id: \"{id}\") {{ lengthM }} }}" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("data").GetProperty("road").GetProperty("lengthM").GetDouble();
    }

    async Task<double> ExportedLengthAsync(string code)
    {
        var doc = await _app.GetJsonAsync($"/export/roads.geojson?township={code}");
        var length = doc.GetProperty("features")[0].GetProperty("properties").GetProperty("length_m");
        return length.ValueKind == JsonValueKind.Number ? length.GetDouble() : double.Parse(length.GetString()!, CultureInfo.InvariantCulture);
    }

    async Task<IReadOnlyList<CoverageGap>> GapsAsync(string code, string kind)
    {
        await using var conn = await _db.OpenConnectionAsync();
        return await new LightingCheck().FindAsync(conn, code, null, AnalysisSettings.Default, new HashSet<string> { kind }, CancellationToken.None);
    }

    Task<T> ScalarAsync<T>(string sql, params object[] args) => _db.ScalarAsync<T>(sql, args);

    Task ExecAsync(string sql, params object[] args) => _db.ScalarAsync<object>(sql, args);
}
