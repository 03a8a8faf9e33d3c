using System.Globalization;
using Npgsql;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Query;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// The heat map on hand-built townships. Complaints are placed in CGCS2000 Gauss–Krüger metres
/// (EPSG:4549, CM 120°E: the same transverse Mercator as the township's metric frame 920600 the grid is laid out in), so which cell each falls in is worked out from
/// the cell formulas: square (i, j) = (⌊x/s⌋, ⌊y/s⌋); hexagon (i, j) centred at (1.5·s·i, √3·s·j + (i odd ? √3·s/2 : 0)).
/// </summary>
[Collection(HeatDatabase.Collection)]
public class HeatmapTests(HeatDatabase db)
{
    static readonly DateTimeOffset Now = HeatDatabase.Now;

    HeatmapService Service => new(db.DataSource, new ListQuery(db.DataSource), new AnalysisLane(db.DataSource));

    static HeatmapRequest For(HeatTownship t, double size = 100, HeatmapGrid grid = HeatmapGrid.Square) =>
        new() { TownshipCodes = [t.Code], CellSizeM = size, Grid = grid, Now = Now };

    static (int, int, int)[] Cells(HeatmapCells cells) => [.. cells.Cells.Select(c => (c.I, c.J, c.Count))];

    [Fact]
    public async Task Cell_counts_sum_to_the_total_and_each_complaint_lies_in_its_square()
    {
        var t = await db.TownshipAsync();
        foreach (var (x, y) in new[] { (500010.0, 3320010.0), (500050, 3320090), (500099, 3320001), (500150, 3320050), (500110, 3320020), (499510, 3320520) })
            await t.ComplaintAsync(x, y);
        var cells = await Service.CellsAsync(For(t), default);
        // ⌊x/100⌋, ⌊y/100⌋: three in (5000, 33200), two in (5001, 33200), one in (4995, 33205).
        Assert.Equal([(4995, 33205, 1), (5000, 33200, 3), (5001, 33200, 2)], Cells(cells));
        // The township's metric frame (CONTRACT12 §1) at 120°E: 920600, the same transverse Mercator as EPSG:4549.
        Assert.Equal((6, 3, 920600), (cells.Total, cells.MaxCount, cells.Srid));
        Assert.Equal(cells.Total, cells.Cells.Sum(c => c.Count));
    }

    [Fact]
    public async Task Hexagons_and_squares_group_the_same_complaints_differently_and_measure_metres_on_the_ground()
    {
        var t = await db.TownshipAsync();
        // Three complaints around the centre of hexagon (3334, 19168), two around (3335, 19168) (odd column: half a row up).
        foreach (var (i, j, dx, dy) in new[] { (3334, 19168, 0.0, 0.0), (3334, 19168, 40, -30), (3334, 19168, -60, 20), (3335, 19168, 0, 0), (3335, 19168, 30, 50) })
            await t.ComplaintAsync(HeatDatabase.HexX(i, 100) + dx, HeatDatabase.HexY(i, j, 100) + dy);
        var hex = await Service.CellsAsync(For(t, grid: HeatmapGrid.Hexagon), default);
        var square = await Service.CellsAsync(For(t), default);
        Assert.Equal([(3334, 19168, 3), (3335, 19168, 2)], Cells(hex));
        Assert.Equal(5, square.Total);
        Assert.NotEqual(Cells(hex), Cells(square));
        // A hexagon of edge 100 m covers 3√3/2 · 100² = 25 980.76 m²; a square of side 100 m, 10 000 m².
        Assert.Equal(25980.76, await db.AreaM2Async(hex.Cells[0].Geometry), 1.0);
        Assert.Equal(10000, await db.AreaM2Async(square.Cells[0].Geometry), 1.0);
    }

    [Theory]
    [InlineData(19.9)]
    [InlineData(5000.1)]
    public async Task A_cell_size_outside_20_to_5000_metres_is_refused_with_the_range(double size)
    {
        var t = await db.TownshipAsync();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Service.CellsAsync(For(t, size), default));
        Assert.Contains("格网大小应在 20–5000 米之间", e.Message);
    }

    [Fact]
    public async Task Filters_by_category_source_stage_zone_and_date_change_the_total_as_worked_out()
    {
        var t = await db.TownshipAsync();
        await t.ComplaintAsync(499500, 3320500, category: "0102", source: "citizen", stage: "disposing", reportedDaysAgo: 2, zone: t.VillageV);        // a: in A's subtree
        await t.ComplaintAsync(499600, 3320500, category: "0102", source: "hotline_12345", stage: "dispatched", reportedDaysAgo: 5, zone: t.VillageV); // b: in A's subtree
        await t.ComplaintAsync(500500, 3320500, category: "0107", source: "hotline_12345", stage: "shelved", reportedDaysAgo: 10);      // c
        await t.ComplaintAsync(500600, 3320500, category: "0107", source: "inspection", stage: "closed", reportedDaysAgo: 3);           // d
        await t.ComplaintAsync(500700, 3320500, category: "0102", source: "citizen", stage: "voided", reportedDaysAgo: 1);             // e
        await t.ComplaintAsync(500800, 3320500, category: "0118", source: "inspection", stage: "verifying", reportedDaysAgo: 20);       // f
        await t.ComplaintAsync(500900, 3320500, category: "0102", source: "citizen", stage: "received", reportedDaysAgo: 40);          // g
        async Task<int> Total(HeatmapRequest r) => (await Service.CellsAsync(r, default)).Total;
        Assert.Equal(4, await Total(For(t)));                                                        // unresolved, last 30 days: a b c f
        Assert.Equal(2, await Total(For(t) with { CategoryCodes = ["0102"] }));                       // a b
        Assert.Equal(2, await Total(For(t) with { Sources = ["hotline_12345"] }));                    // b c
        Assert.Equal(1, await Total(For(t) with { Stages = ["closed"] }));                            // d
        Assert.Equal(2, await Total(For(t) with { ZoneId = t.AreaA }));                               // a b
        Assert.Equal(5, await Total(For(t) with { From = Now.AddDays(-45) }));                        // a b c f g
        Assert.Equal(3, await Total(For(t) with { From = Now.AddDays(-45), To = Now.AddDays(-8) }));  // c f g
    }

    [Fact]
    public async Task Age_weight_is_one_plus_days_open_over_the_time_limit_in_days()
    {
        var t = await db.TownshipAsync();
        await t.ComplaintAsync(500050, 3320050, category: "0102", reportedDaysAgo: 2);   // 4 工作时 = 0.5 d: 1 + 2/0.5 = 5
        await t.ComplaintAsync(500250, 3320050, category: "0305", reportedDaysAgo: 10);  // 5 工作日 = 5 d: 1 + 10/5 = 3
        await t.ComplaintAsync(500450, 3320050, category: "0118", reportedDaysAgo: 3);   // 24 小时 = 1 d: 1 + 3/1 = 4
        var cells = await Service.CellsAsync(For(t) with { Weight = HeatmapWeight.Age }, default);
        Assert.Equal([5.0, 3.0, 4.0], cells.Cells.Select(c => Math.Round(c.Weight, 6)));
        Assert.Equal((5.0, 0.6), (cells.MaxWeight, Math.Round(cells.Intensity(cells.Cells[1]), 6)));
    }

    [Fact]
    public async Task Overdue_weight_is_one_plus_days_past_the_deadline_and_nothing_extra_otherwise()
    {
        var t = await db.TownshipAsync();
        await t.ComplaintAsync(500050, 3320050, reportedDaysAgo: 6, deadlineDaysAgo: 3);                      // open, 3 days late: 4
        await t.ComplaintAsync(500150, 3320050, reportedDaysAgo: 1, deadlineDaysAgo: -2);                     // not yet due: 1
        await t.ComplaintAsync(500250, 3320050, stage: "shelved", reportedDaysAgo: 20, deadlineDaysAgo: 10);  // 挂账: 1
        await t.ComplaintAsync(500350, 3320050, stage: "closed", reportedDaysAgo: 9, deadlineDaysAgo: 6, closedDaysAgo: 4); // closed 2 days late: 3
        var cells = await Service.CellsAsync(For(t) with { Weight = HeatmapWeight.Overdue, Stages = ["disposing", "shelved", "closed"] }, default);
        Assert.Equal([4.0, 1.0, 1.0, 3.0], cells.Cells.Select(c => Math.Round(c.Weight, 6)));
    }

    [Fact]
    public async Task Five_complaints_within_50_m_are_a_repeat_hot_spot_and_four_are_not()
    {
        var t = await db.TownshipAsync();
        foreach (var (dx, dy, code) in new[] { (0.0, 0.0, "0102"), (20, 0, "0107"), (0, 20, "0102"), (-20, 10, "0102"), (10, -25, "0118") })
            await t.ComplaintAsync(500000 + dx, 3320000 + dy, category: code);
        foreach (var (dx, dy) in new[] { (0.0, 0.0), (20, 0), (0, 20), (-20, 10) })
            await t.ComplaintAsync(500600 + dx, 3320600 + dy);
        var spots = await Service.RepeatHotspotsAsync(For(t), default);
        var spot = Assert.Single(spots);
        Assert.Equal(5, spot.Count);
        Assert.Equal(["0102", "0107", "0118"], spot.CategoryCodes);
        Assert.True(await db.DistanceM(spot.Geometry, 500002, 3320001) < 1); // centroid of the five: (2, 1) m from the first
    }

    [Fact]
    public async Task Oldest_open_and_overdue_lists_follow_the_filters_and_their_orders()
    {
        var t = await db.TownshipAsync();
        await t.ComplaintAsync(500050, 3320050, reportedDaysAgo: 3, deadlineDaysAgo: 1, serial: 1);
        await t.ComplaintAsync(500050, 3320050, reportedDaysAgo: 9, deadlineDaysAgo: -1, serial: 2);
        await t.ComplaintAsync(500050, 3320050, reportedDaysAgo: 5, deadlineDaysAgo: 4, serial: 3);
        await t.ComplaintAsync(500050, 3320050, stage: "shelved", reportedDaysAgo: 12, deadlineDaysAgo: 8, serial: 4);
        await t.ComplaintAsync(500050, 3320050, stage: "closed", reportedDaysAgo: 15, deadlineDaysAgo: 10, closedDaysAgo: 9, serial: 5);
        var oldest = await Service.OldestOpenAsync(For(t) with { Stages = ["disposing", "shelved", "closed"] }, 10, default);
        var overdue = await Service.OverdueAsync(For(t), 10, default);
        Assert.Equal(["04", "02", "03", "01"], oldest.Select(c => c.CaseNumber[^2..]));   // open only, oldest first
        Assert.Equal(["03", "01"], overdue.Select(c => c.CaseNumber[^2..]));               // deadline passed, not 挂账, most overdue first
    }
}

/// <summary>
/// A migrated database of its own (<c>…_heat</c>) for the heat map and indicator tests; each test builds a
/// township of its own (<see cref="HeatTownship"/>), so tests never see each other's complaints.
/// </summary>
public sealed class HeatDatabase : IAsyncLifetime
{
    public const string Collection = "heat-db";

    /// <summary>The instant every test measures from (a Friday, 09:00 Beijing time).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    static int _next;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync() => DataSource = await TestDatabases.CreateMigratedAsync(TestDatabases.Named("_heat"));

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    public static double HexX(int i, double s) => 1.5 * s * i;

    public static double HexY(int i, int j, double s) => Math.Sqrt(3) * s * j + (i % 2 != 0 ? Math.Sqrt(3) * s / 2 : 0);

    /// <summary>A new township: areas A (west) and B (east) of 1 km × 2 km around (500000, 3321000) in EPSG:4549, village V in A.</summary>
    public async Task<HeatTownship> TownshipAsync()
    {
        var t = new HeatTownship(this, $"888888{Interlocked.Increment(ref _next):D3}000");
        await t.CreateAsync();
        return t;
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        foreach (var v in values)
            cmd.Parameters.Add(new NpgsqlParameter { Value = v });
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public Task<double> AreaM2Async(NetTopologySuite.Geometries.Geometry g) =>
        ScalarAsync<double>("SELECT ST_Area($1::geography)", Zones.Server.Spatial.StorageGeometry.WithStorageSrid(g));

    public Task<double> DistanceM(NetTopologySuite.Geometries.Geometry g, double x, double y) =>
        ScalarAsync<double>("SELECT ST_Distance(ST_Transform($1, 4549), ST_SetSRID(ST_MakePoint($2, $3), 4549))",
                            Zones.Server.Spatial.StorageGeometry.WithStorageSrid(g), x, y);
}

[CollectionDefinition(HeatDatabase.Collection)]
public sealed class HeatCollection : ICollectionFixture<HeatDatabase>;

/// <summary>One hand-built township of <see cref="HeatDatabase"/>, with helpers that insert complaints in GK metres.</summary>
public sealed class HeatTownship(HeatDatabase db, string code)
{
    int _serial;

    public string Code => code;
    public long Root { get; private set; }
    public long AreaA { get; private set; }
    public long AreaB { get; private set; }
    public long VillageV { get; private set; }
    public long UnitU1 { get; private set; }
    public long UnitU2 { get; private set; }
    public long PersonP1 { get; private set; }
    public long PersonP2 { get; private set; }

    static string Box(double x0, double y0, double x1, double y1) => FormattableString.Invariant(
        $"ST_Multi(ST_Transform(ST_MakeEnvelope({x0}, {y0}, {x1}, {y1}, 4549), 4326))");

    public async Task CreateAsync()
    {
        await db.ScalarAsync<int>("INSERT INTO zones.township (division_code, county_code, name, is_public) VALUES ($1, left($1, 6), '热力镇', true) RETURNING 1", code);
        // The township reaches 100 m past its areas: some cases sit just beyond the areas' south edge,
        // and a case must lie inside its township (migration 0009).
        Root = await Zone(null, "township", code, Box(498900, 3319900, 501100, 3322100));
        AreaA = await Zone(Root, "area", code + "001", Box(499000, 3320000, 500000, 3322000));
        AreaB = await Zone(Root, "area", code + "002", Box(500000, 3320000, 501000, 3322000));
        VillageV = await Zone(AreaA, "village", code + "101", Box(499000, 3320000, 500000, 3321000));
        UnitU1 = await db.ScalarAsync<long>("INSERT INTO zones.unit (township_code, code, name, kind) VALUES ($1, 'U1', '环卫所', 'department') RETURNING id", code);
        UnitU2 = await db.ScalarAsync<long>("INSERT INTO zones.unit (township_code, code, name, kind) VALUES ($1, 'U2', '城管中队', 'department') RETURNING id", code);
        PersonP1 = await db.ScalarAsync<long>("INSERT INTO zones.person (township_code, code, name, unit_id) VALUES ($1, 'P1', '张三', $2) RETURNING id", code, UnitU1);
        PersonP2 = await db.ScalarAsync<long>("INSERT INTO zones.person (township_code, code, name, unit_id) VALUES ($1, 'P2', '李四', $2) RETURNING id", code, UnitU2);
    }

    Task<long> Zone(long? parent, string level, string zoneCode, string geom) => db.ScalarAsync<long>(
        $"INSERT INTO zones.zone (township_code, parent_id, level, code, name, geom) VALUES ($1, $2, $3, $4, $3 || $4, {geom}) RETURNING id",
        code, (object?)parent ?? DBNull.Value, level, zoneCode);

    /// <summary>
    /// Inserts a complaint at (x, y) in EPSG:4549, routed to <paramref name="zone"/> (default area B); days are
    /// before <see cref="HeatDatabase.Now"/> (negative = after). The deadline defaults to one day after the
    /// report; disposed_at is null unless given; a closed case without closedDaysAgo closes half a day after the report.
    /// </summary>
    public Task<long> ComplaintAsync(double x, double y, string category = "0102", string source = "citizen", string stage = "disposing",
        double reportedDaysAgo = 1, double? deadlineDaysAgo = null, double? disposedDaysAgo = null, double? closedDaysAgo = null,
        int rework = 0, int extension = 0, long? zone = null, int? serial = null,
        long? firstPerson = null, long? firstUnit = null, long? person = null, long? unit = null)
    {
        var n = serial ?? Interlocked.Increment(ref _serial) + 10;
        closedDaysAgo ??= stage == "closed" ? reportedDaysAgo - 0.5 : null;
        var kind = category is "0118" or "0305" ? "component" : "event";
        var number = (kind == "component" ? "C" : "E") + category + "20260101" + n.ToString("D2", CultureInfo.InvariantCulture);
        DateTimeOffset At(double? daysAgo) => HeatDatabase.Now.AddDays(-(daysAgo ?? 0));
        return db.ScalarAsync<long>("""
            INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description, stage,
                                         reported_at, deadline, disposed_at, closed_at, rework_count, extension_count, zone_id,
                                         first_responsible_person_id, first_responsible_unit_id, responsible_person_id, responsible_unit_id)
            VALUES ($1, $2, ST_Transform(ST_SetSRID(ST_MakePoint($3, $4), 4549), 4326), $5, $6, $7, '测试', $8, $9, $10, $11, $12, $13, $14, $15,
                    $16, $17, $18, $19)
            RETURNING id
            """, code, number, x, y, kind, category, source, stage, At(reportedDaysAgo), At(deadlineDaysAgo ?? reportedDaysAgo - 1),
            disposedDaysAgo is null ? DBNull.Value : At(disposedDaysAgo), closedDaysAgo is null ? DBNull.Value : At(closedDaysAgo),
            rework, extension, Opt(zone ?? AreaB), Opt(firstPerson), Opt(firstUnit), Opt(person), Opt(unit));
    }

    static object Opt(long? value) => value is { } v ? v : DBNull.Value;
}
