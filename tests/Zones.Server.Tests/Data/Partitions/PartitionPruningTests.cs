using System.Text.Json;
using System.Text.RegularExpressions;
using Zones.Server.Data;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Notifications;
using Zones.Server.Data.Query;
using Zones.Server.Data.Tiles;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Partitions;

/// <summary>
/// The main queries of one township read one partition of each partitioned table (migration 0025,
/// docs/scale-out.md): the stores and services run as in the server, and the plans PostgreSQL chose
/// (auto_explain, <see cref="PlanCapture"/>) name the partitions scanned. The database holds the demo
/// township and a second one, so every table has at least three partitions to choose from.
/// </summary>
public class PartitionPruningTests : IAsyncLifetime
{
    const string Second = "330522200000";
    static readonly Regex Partition = new("^(complaint|complaint_event|complaint_point|audit_log|asset)_([0-9]{12}|default|installation)$");

    PlanCapture _capture = null!;
    string _township = "";
    long _caseId;

    public async Task InitializeAsync()
    {
        var (db, township) = await TestDatabases.CreateWithDemoAsync(TestDatabases.Named("_partitions"), perTest: true);
        await db.ExecAsync("INSERT INTO zones.township (division_code, county_code, name) VALUES ($1, '330522', '西苑镇')", Second);
        _caseId = await db.ScalarAsync<long>("SELECT min(id) FROM zones.complaint WHERE stage = 'received'");
        _township = township;
        await db.DisposeAsync();
        _capture = new PlanCapture(TestDatabases.Named("_partitions"));
    }

    public Task DisposeAsync()
    {
        _capture.Dispose();
        return Task.CompletedTask;
    }

    Npgsql.NpgsqlDataSource Db => _capture.DataSource;

    /// <summary>For each partitioned table the plans read, the partitions they scanned (pruned ones never run).</summary>
    async Task<Dictionary<string, HashSet<string>>> ScannedAsync(Func<Task> run)
    {
        _capture.Take();
        await run();
        var scanned = new Dictionary<string, HashSet<string>>();
        foreach (var plan in _capture.Take())
            Collect(plan.GetProperty("Plan"), scanned);
        return scanned;
    }

    static void Collect(JsonElement node, Dictionary<string, HashSet<string>> scanned)
    {
        var ran = !node.TryGetProperty("Actual Loops", out var loops) || loops.GetDouble() > 0;
        if (ran && node.TryGetProperty("Relation Name", out var name) && Partition.Match(name.GetString()!) is { Success: true } m)
        {
            var table = m.Groups[1].Value;
            (scanned.TryGetValue(table, out var set) ? set : scanned[table] = []).Add(name.GetString()!);
        }
        if (node.TryGetProperty("Plans", out var children))
            foreach (var child in children.EnumerateArray())
                Collect(child, scanned);
    }

    async Task AssertOnePartitionAsync(Func<Task> run, params string[] tables)
    {
        var scanned = await ScannedAsync(run);
        foreach (var table in tables)
            Assert.True(scanned.ContainsKey(table), $"no plan read {table}: {string.Join(", ", scanned.Keys)}");
        foreach (var (table, partitions) in scanned)
            Assert.True(partitions.SetEquals([$"{table}_{_township}"]), $"{table}: scanned {string.Join(", ", partitions)}");
    }

    HeatmapRequest Heat => new() { TownshipCodes = [_township], Now = DateTimeOffset.UtcNow };

    [Fact]
    public async Task The_complaint_list_of_a_township_reads_its_partition() =>
        await AssertOnePartitionAsync(() => new ComplaintStore(Db).ListAsync(new ComplaintQuery(Townships: [_township]), default),
                                      "complaint", "complaint_event");

    [Fact]
    public async Task A_case_found_with_its_township_reads_its_partition_with_its_asset_and_last_note() =>
        await AssertOnePartitionAsync(async () =>
        {
            await using var conn = await Db.OpenConnectionAsync();
            Assert.NotNull(await new ComplaintStore(Db).FindAsync(conn, null, _caseId, _township, default));
        }, "complaint", "complaint_event");

    [Fact]
    public async Task A_workflow_step_of_a_township_actor_reads_and_writes_its_partition()
    {
        var options = new ComplaintOptions();
        var workflow = new ComplaintWorkflow(Db, new ComplaintStore(Db), new CalendarStore(options), options, TimeProvider.System,
                                             new NotificationStore(Db, new NotifyOptions()));
        var actor = new Actor("partition-test", "admin", Scope: ActorScope.Township(_township));
        await AssertOnePartitionAsync(async () =>
            Assert.True((await workflow.TransitionAsync(_caseId, "register", null, null, null, actor, default)).Ok), "complaint");
    }

    [Fact]
    public async Task The_heat_map_cells_read_the_township_s_complaint_points() =>
        await AssertOnePartitionAsync(() => new HeatmapService(Db, new ListQuery(Db), new AnalysisLane(Db)).CellsAsync(Heat, default),
                                      "complaint_point");

    [Fact]
    public async Task The_overdue_and_oldest_open_lists_read_the_township_s_partition() =>
        await AssertOnePartitionAsync(async () =>
        {
            var heat = new HeatmapService(Db, new ListQuery(Db), new AnalysisLane(Db));
            await heat.OverdueAsync(Heat, 50, default);
            await heat.OldestOpenAsync(Heat, 50, default);
        }, "complaint");

    [Fact]
    public async Task The_indicators_of_a_township_read_its_partition() =>
        await AssertOnePartitionAsync(() => new IndicatorService(new AnalysisLane(Db)).RowsAsync(
            new IndicatorRequest { TownshipCodes = [_township], GroupBy = IndicatorGroup.Zone, Now = DateTimeOffset.UtcNow }, default), "complaint");

    [Fact]
    public async Task The_asset_list_of_a_township_reads_its_partition() =>
        await AssertOnePartitionAsync(() => new ListQuery(Db).PageAsync(Zones.Server.Data.Query.Sources.Assets,
            new ListRequest(new SqlWhere().InTownships([_township]), "id", false, null, new PageRequest(100, null), WithCount: true), default), "asset");

    [Fact]
    public async Task Asset_and_complaint_tiles_read_the_township_s_partition()
    {
        var tiles = new TileStore(new TileDatabase(Db), new GapTileCache(new CoverageGapService(new AnalysisLane(Db), [])));
        var (x, y) = await TileOfDemoAsync(14);
        await AssertOnePartitionAsync(async () =>
        {
            await tiles.TileAsync(TileLayers.Assets, new TileAddress(14, x, y), [_township], default);
            await tiles.TileAsync(TileLayers.Complaints, new TileAddress(14, x, y), [_township], default);
        }, "asset", "complaint");
    }

    // The z/x/y tile holding the demo's first complaint.
    async Task<(int X, int Y)> TileOfDemoAsync(int z)
    {
        await using var cmd = Db.CreateCommand("""
            SELECT floor((ST_X(geom) + 180) / 360 * 2 ^ $1)::int,
                   floor((1 - ln(tan(radians(ST_Y(geom))) + 1 / cos(radians(ST_Y(geom)))) / pi()) / 2 * 2 ^ $1)::int
            FROM zones.complaint WHERE id = $2
            """);
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = z });
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = _caseId });
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    [Fact]
    public async Task A_new_township_gets_a_partition_of_every_partitioned_table()
    {
        await using var cmd = Db.CreateCommand("""
            SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE c.relname IN ('complaint_330522200000', 'complaint_event_330522200000', 'complaint_point_330522200000',
                                'audit_log_330522200000', 'asset_330522200000')
            """);
        Assert.Equal(5L, await cmd.ExecuteScalarAsync());
    }
}
