using NetTopologySuite.Geometries;
using Npgsql;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Analysis.Checks;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Analysis.ZoneGapFixture;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// Townships drawn by hand for walking distance (issue #12), in a database of their own (<c>zones_test…_walk</c>),
/// local metres mapped to WGS84 as in <see cref="ZoneGapFixture"/>.
/// <code>
///  戊镇 (T4) 0..1000 × 0..1000, zones 戊镇 → 戊片 only (no village level); built-up 0..1000 × 150..500.
///   y=420  · D 人家 (500, 420)                                 北街 y=350 (0..650, 650..1000)
///   y=300  ≈≈≈≈≈≈≈≈≈≈≈≈≈≈≈≈ river ≈≈≈≈≈≈≈ ║ 桥 x=650 (650,250)–(650,350) ≈≈≈≈≈≈≈≈
///   y=250  ───────────── 南街 ───────────┴──────────────────────┬── into 庚镇 (1000..1150)
///   y=180  ● T 南街公厕 (500, 180)                      ● B 东头公厕 (900, 240)
///  D is 240 m from T in a straight line, 70 + 150 + 100 + 150 + 70 = 540 m along the roads.
///  庚镇 (T7) 1000..2000 × 0..1000 east of 戊镇, no toilet, built-up 1000..1150 × 200..300, its road continues 南街.
///  己镇 (T5) 3000..3400 × 0..300: one village, all built-up, a toilet in the middle of the west edge, no road.
///  辛镇 (T6) 5000..5400 × 0..300: one village, a toilet, no built-up area.
/// </code>
/// </summary>
public sealed class WalkingFixture : IAsyncLifetime
{
    public const string Collection = "walk-db";
    public const string T4 = "999998104000", T5 = "999998105000", T6 = "999998106000", T7 = "999998107000";

    public string ConnectionString { get; } = TestDatabases.Named("_walk");
    public NpgsqlDataSource DataSource { get; private set; } = null!;
    readonly Dictionary<string, long> _ids = [];

    public long Id(string key) => _ids[key];

    public static Geometry At(double x, double y) => Local(FormattableString.Invariant($"POINT({x} {y})"));

    public CoverageGapService Service() => new(new AnalysisLane(DataSource), [new ToiletCheck(), new CollectionPointCheck()]);

    public ReachAreaService Areas() => new(new AnalysisLane(DataSource), Service());

    /// <summary>The gaps and notices of one kind, with the township's settings changed by <paramref name="analysis"/> (JSON) when given.</summary>
    public async Task<CoverageResult> AnalyzeAsync(string township, string kind, string? analysis = null)
    {
        await ExecAsync("UPDATE zones.township SET settings = jsonb_build_object('analysis', $2::jsonb) WHERE division_code = $1",
                        township, analysis ?? "{}");
        return await Service().AnalyzeAsync([township], null, [kind], default);
    }

    public async Task InitializeAsync()
    {
        DataSource = await TestDatabases.CreateMigratedAsync(ConnectionString);
        foreach (var (code, name) in new[] { (T4, "戊镇"), (T5, "己镇"), (T6, "辛镇"), (T7, "庚镇") })
            await ExecAsync("INSERT INTO zones.township (division_code, county_code, name) VALUES ($1, left($1, 6), $2)", code, name);
        await ZoneAsync(T4, T4, "戊镇", "township", null, Rect(0, 0, 1000, 1000));
        await ZoneAsync(T4, T4 + "001", "戊片", "area", "戊镇", Rect(0, 0, 1000, 1000));
        await ZoneAsync(T7, T7, "庚镇", "township", null, Rect(1000, 0, 2000, 1000));
        foreach (var (t, dx, n) in new[] { (T5, 3000, "己"), (T6, 5000, "辛") })
        {
            await ZoneAsync(t, t, $"{n}镇", "township", null, Rect(dx, 0, dx + 400, 300));
            await ZoneAsync(t, t + "101", $"{n}村", "village", $"{n}镇", Rect(dx, 0, dx + 400, 300));
            await AssetAsync(t, $"T{t[6..9]}", "toilet", dx, 150);
        }
        await BuiltUpAsync(T4, Rect(0, 150, 1000, 500));
        await BuiltUpAsync(T7, Rect(1000, 200, 1150, 300));
        await BuiltUpAsync(T5, Rect(3000, 0, 3400, 300));
        foreach (var (t, code, wkt) in new[]
                 {
                     (T4, "S1", "LINESTRING(0 250,650 250)"), (T4, "S2", "LINESTRING(650 250,1000 250)"),
                     (T4, "N1", "LINESTRING(0 350,650 350)"), (T4, "N2", "LINESTRING(650 350,1000 350)"),
                     (T4, "BR", "LINESTRING(650 250,650 350)"), (T7, "E1", "LINESTRING(1000 250,1300 250)"),
                 })
            await KeepAsync(code, "INSERT INTO zones.road (township_code, code, name, class, geom) VALUES ($1, $2, $2, 'branch', $3) RETURNING id", t, code, Local(wkt));
        await AssetAsync(T4, "T", "toilet", 500, 180);
        await AssetAsync(T4, "B", "toilet", 900, 240);
        await KeepAsync("D", "INSERT INTO zones.place (township_code, kind, name, households, geom) VALUES ($1, 'dwelling', '人家', 3, $2) RETURNING id", T4, At(500, 420));
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    Task ZoneAsync(string township, string code, string name, string level, string? parent, string wkt) =>
        KeepAsync(name, "INSERT INTO zones.zone (township_code, parent_id, level, code, name, geom) VALUES ($1, $2, $3, $4, $5, ST_Multi($6)) RETURNING id",
                  township, parent is null ? DBNull.Value : Id(parent), level, code, name, Local(wkt));

    Task BuiltUpAsync(string township, string wkt) =>
        ExecAsync("INSERT INTO zones.built_up_area (township_code, name, geom) VALUES ($1, '镇区', ST_Multi($2))", township, Local(wkt));

    Task AssetAsync(string township, string identifier, string kind, double x, double y) => KeepAsync(identifier,
        "INSERT INTO zones.asset (township_code, kind, subtype, class_code, identifier, status, geom) VALUES ($1, $2, 'flush', '0301', $3, 'good', $4) RETURNING id",
        township, kind, $"WALK-{identifier}", At(x, y));

    async Task KeepAsync(string key, string sql, params object[] args)
    {
        await using var cmd = DataSource.Command(sql, args);
        _ids[key] = (long)(await cmd.ExecuteScalarAsync())!;
    }

    public Task ExecAsync(string sql, params object[] args) => DataSource.ExecAsync(sql, args);

}

[CollectionDefinition(WalkingFixture.Collection)]
public sealed class WalkingCollection : ICollectionFixture<WalkingFixture>;
