using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Notifications;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>A clock that stands still where the test puts it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}

/// <summary>
/// The complaint services over a data source, with a clock the test controls, and a small test
/// township 测试镇 (999999002000) whose zones, owners and bins are known to the metre:
/// <code>
///   30.02 ┌─────────────── 测试镇 (owner: unit 镇政府 920000) ───────────────┐
///         │ 西片区 (owner: person 王片长 920101)  │ 东片区 (no owner)         │
///   30.01 │ ┌── 前塘村 ──┬── 后塘村 ──┐          │                          │
///         │ │ owner:     │ no owner  │          │                          │
///         │ │ 村委会 920001│           │          │                          │
///   30.00 └─┴────────────┴───────────┴──────────┴──────────────────────────┘
///       120.000      120.005     120.010                   120.020
/// </code>
/// Bins: 920201 at (120.0025, 30.0050) in 前塘村; 920202 at (120.0075, 30.0050) in 后塘村, which has
/// its own primary owner, unit 环卫所 920002.
/// </summary>
public sealed class ComplaintKit(NpgsqlDataSource db)
{
    public const string Township = "999999002000";
    public const long TownUnit = 920000, VillageUnit = 920001, SanitationUnit = 920002, OtherUnit = 920003;
    public const long AreaLeader = 920101, SanitationCadre = 920102;
    public const long QiantangVillage = 920013, HoutangVillage = 920014, EastArea = 920012;
    public const long BinInQiantang = 920201, BinWithOwner = 920202;

    /// <summary>Marks default (township NULL) rows a test adds, so the clean-up finds them.</summary>
    public const string TestNote = "complaint-tests";

    public static readonly DateTimeOffset Friday1700 = new(2026, 11, 20, 17, 0, 0, TimeSpan.FromHours(8));

    public FixedClock Clock { get; } = new(Friday1700);

    public ComplaintOptions Options { get; } = new();

    public ComplaintStore Store => new(db);

    public NotifyOptions NotifyOptions { get; } = new();

    public NotificationStore Notifications => new(db, NotifyOptions);

    public ComplaintIntake Intake => new(db, new CategoryStore(db), new CalendarStore(Options), Store, new FoldStore(db), Options, Clock, Notifications);

    public ComplaintWorkflow Workflow => new(db, Store, new CalendarStore(Options), Options, Clock, Notifications);

    public ReportSplitter Splitter => new(db, Intake, Store, new FoldStore(db), Clock);

    public static readonly Actor Planner = new("planner", Roles.Planner);
    public static readonly Actor Hotline = new("apikey:test", Roles.Hotline);
    public static readonly Actor Viewer = new("viewer", Roles.Viewer);
    public static readonly Actor Cadre = new("cadre", Roles.Cadre, SanitationCadre, SanitationUnit);
    public static readonly Actor OtherCadre = new("other", Roles.Cadre, null, OtherUnit);
    /// <summary>An admin of the test township only (webhooks, fold settings are a township admin's).</summary>
    public static readonly Actor TownshipAdmin = new("admin", Roles.Admin, Scope: ActorScope.Township(Township));

    /// <summary>A report of category <paramref name="code"/> at a point of the test township.</summary>
    public static ReportComplaintInput Report(double lon = 120.0025, double lat = 30.0051, string code = "0102",
                                              string kind = "event", string description = "路边有暴露垃圾") =>
        new(lon, lat, kind, code, Sources.Hotline12345, description, "测试镇前塘村口", ReporterPhone: "13800138000");

    public async Task<Complaint> ReportAsync(ReportComplaintInput? input = null)
    {
        var result = await Intake.ReportComplaintAsync(input ?? Report(), Planner, CancellationToken.None);
        return result.Complaint ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    public Task<ComplaintPayload> ActAsync(long id, string action, string? note = "说明", TransitionParameters? p = null,
                                           Actor? actor = null, int? version = null) =>
        Workflow.TransitionAsync(id, action, version, note, p, actor ?? Planner, CancellationToken.None);

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return await cmd.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The test township's folding settings (并案, migration 0027).</summary>
    public Task<int> SetFoldingAsync(bool enabled = true, double componentM = 50, double eventM = 250, int days = 7) =>
        ExecuteAsync($"""
            INSERT INTO zones.complaint_fold_setting (township_code, component_radius_m, event_radius_m, window_days, enabled)
            VALUES ('{Township}', {componentM}, {eventM}, {days}, {enabled})
            ON CONFLICT (township_code) DO UPDATE SET component_radius_m = excluded.component_radius_m,
              event_radius_m = excluded.event_radius_m, window_days = excluded.window_days, enabled = excluded.enabled
            """);

    public async Task CreateTownshipAsync()
    {
        await DropTownshipAsync();
        await ExecuteAsync(SeedSql);
    }

    /// <summary>Removes the test township and everything in it, so the demo's counts stay the demo's.</summary>
    public Task<int> DropTownshipAsync() => ExecuteAsync($"""
        DELETE FROM zones.complaint_event WHERE township_code = '{Township}';
        DELETE FROM zones.complaint_report WHERE township_code = '{Township}';
        DELETE FROM zones.complaint_fold_setting WHERE township_code = '{Township}';
        DELETE FROM zones.complaint WHERE township_code = '{Township}';
        DELETE FROM zones.case_counter WHERE township_code = '{Township}';
        DELETE FROM zones.calendar_day WHERE township_code = '{Township}' OR (township_code IS NULL AND note = '{TestNote}');
        DELETE FROM zones.complaint_category WHERE township_code = '{Township}';
        DELETE FROM zones.api_key WHERE township_code = '{Township}';
        DELETE FROM zones.assignment WHERE township_code = '{Township}';
        DELETE FROM zones.asset WHERE township_code = '{Township}';
        DELETE FROM zones.person WHERE township_code = '{Township}';
        DELETE FROM zones.unit WHERE township_code = '{Township}';
        DELETE FROM zones.zone_history WHERE township_code = '{Township}';
        DELETE FROM zones.zone WHERE township_code = '{Township}' AND level = 'village';
        DELETE FROM zones.zone WHERE township_code = '{Township}' AND level = 'area';
        DELETE FROM zones.zone WHERE township_code = '{Township}';
        DELETE FROM zones.webhook WHERE township_code = '{Township}';
        DELETE FROM zones.audit_log WHERE township_code = '{Township}';
        DELETE FROM zones.township WHERE division_code = '{Township}';
        """);

    static string Box(double x0, double y0, double x1, double y1) =>
        $"ST_GeomFromText('MULTIPOLYGON((({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0})))', 4326)";

    static readonly string SeedSql = $"""
        INSERT INTO zones.township (division_code, county_code, name, is_public) VALUES ('{Township}', '999999', '测试镇', true);
        INSERT INTO zones.unit (id, township_code, code, name, kind) OVERRIDING SYSTEM VALUE VALUES
          ({TownUnit}, '{Township}', 'U0', '测试镇人民政府', 'government'),
          ({VillageUnit}, '{Township}', 'U1', '前塘村委会', 'village_committee'),
          ({SanitationUnit}, '{Township}', 'U2', '镇环卫所', 'department'),
          ({OtherUnit}, '{Township}', 'U3', '镇城管办', 'department');
        INSERT INTO zones.person (id, township_code, code, name, unit_id) OVERRIDING SYSTEM VALUE VALUES
          ({AreaLeader}, '{Township}', 'P1', '王片长', {TownUnit}), ({SanitationCadre}, '{Township}', 'P2', '李干部', {SanitationUnit});
        INSERT INTO zones.zone (id, township_code, parent_id, level, code, name, geom) OVERRIDING SYSTEM VALUE VALUES
          (920010, '{Township}', NULL, 'township', '999999002000', '测试镇', {Box(120.00, 30.00, 120.02, 30.02)}),
          (920011, '{Township}', 920010, 'area', '999999002000001', '西片区', {Box(120.00, 30.00, 120.01, 30.02)}),
          ({EastArea}, '{Township}', 920010, 'area', '999999002000002', '东片区', {Box(120.01, 30.00, 120.02, 30.02)}),
          ({QiantangVillage}, '{Township}', 920011, 'village', '999999002001001', '前塘村', {Box(120.000, 30.00, 120.005, 30.01)}),
          ({HoutangVillage}, '{Township}', 920011, 'village', '999999002002001', '后塘村', {Box(120.005, 30.00, 120.010, 30.01)});
        INSERT INTO zones.asset (id, township_code, kind, class_code, identifier, maintainer_unit_id, geom) OVERRIDING SYSTEM VALUE VALUES
          ({BinInQiantang}, '{Township}', 'bin', '0305', 'T-BIN-0001', {SanitationUnit}, ST_SetSRID(ST_MakePoint(120.0025, 30.0050), 4326)),
          ({BinWithOwner}, '{Township}', 'bin', '0305', 'T-BIN-0002', {SanitationUnit}, ST_SetSRID(ST_MakePoint(120.0075, 30.0050), 4326));
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, asset_id, person_id, unit_id, role, is_primary, valid_from) VALUES
          ('{Township}', 'zone', 920010, NULL, NULL, {TownUnit}, 'leader', true, '2020-01-01'),
          ('{Township}', 'zone', 920011, NULL, {AreaLeader}, NULL, 'leader', true, '2020-01-01'),
          ('{Township}', 'zone', {QiantangVillage}, NULL, NULL, {VillageUnit}, 'responsible_unit', true, '2020-01-01'),
          ('{Township}', 'asset', NULL, {BinWithOwner}, NULL, {SanitationUnit}, 'responsible_unit', true, '2020-01-01');
        """;
}

/// <summary>Tests on the test township of <see cref="ComplaintKit"/>: created before each test, dropped after it.</summary>
public abstract class ComplaintTownshipTests(Support.PostgisFixture pg) : IAsyncLifetime
{
    protected ComplaintKit Kit { get; } = new(pg.DataSource);

    /// <summary>The shared PostGIS, for tests that also start the server on it.</summary>
    protected Support.PostgisFixture Pg { get; } = pg;

    public virtual Task InitializeAsync() => Kit.CreateTownshipAsync();

    public virtual async Task DisposeAsync() => await Kit.DropTownshipAsync();
}
