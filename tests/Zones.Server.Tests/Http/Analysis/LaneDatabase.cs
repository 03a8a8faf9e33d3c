using Npgsql;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Analysis;

/// <summary>
/// A database of its own (<c>…_lanes</c>): the demo township (public, as the demo is) plus <see cref="ExtraComplaints"/> open complaints
/// within about a kilometre of its first one, so that its repeat hot spots (DBSCAN over every open complaint)
/// take seconds: an analysis long enough to watch the lane while it runs.
/// </summary>
public sealed class LaneDatabase : IAsyncLifetime
{
    public const string Collection = "lane-db";

    public const int ExtraComplaints = 30_000;

    /// <summary>Every open complaint since 2000 in repeat hot spots: one DBSCAN over all of them.</summary>
    public const string LongAnalysis = """{ complaintHeatmap(input: {from: "2000-01-01T00:00:00Z"}) { repeatHotspots { count } } }""";

    // Copies of the first demo complaint, spread over ±0.01° (about a kilometre), all still being handled.
    const string GrowSql = """
        INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description,
                                     stage, reported_at, deadline, zone_id)
        SELECT c.township_code, left(c.case_number, 13) || lpad(g::text, 6, '0'),
               ST_SetSRID(ST_MakePoint(ST_X(c.geom) + (random() - 0.5) * 0.02, ST_Y(c.geom) + (random() - 0.5) * 0.02), 4326),
               c.category_kind, c.category_code, c.source, c.description, 'disposing',
               now() - (g % 300) * interval '1 hour', now() + interval '1 day', c.zone_id
        FROM generate_series(1, $1) g CROSS JOIN (SELECT * FROM zones.complaint ORDER BY id LIMIT 1) c
        """;

    // The lane's statements of this database that are running now (the hot-spot statement names DBSCAN).
    const string RunningSql = """
        SELECT count(*)::int FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%ST\_ClusterDBSCAN%'
        """;

    public string ConnectionString { get; } = TestDatabases.Named("_lanes");

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // As for the demo: public, so anonymous requests see it.
        (DataSource, _) = await TestDatabases.CreateWithDemoAsync(ConnectionString);
        await using var cmd = DataSource.CreateCommand(GrowSql);
        cmd.Parameters.Add(new NpgsqlParameter<int> { TypedValue = ExtraComplaints });
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync();
        await using var analyze = DataSource.CreateCommand("ANALYZE zones.complaint");
        await analyze.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    /// <summary>How many hot-spot statements run now.</summary>
    public async Task<int> RunningAsync()
    {
        await using var cmd = DataSource.CreateCommand(RunningSql);
        return (int)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until <paramref name="count"/> hot-spot statements run at once; fails after a minute.</summary>
    public async Task WaitForRunningAsync(int count)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline; await Task.Delay(20))
            if (await RunningAsync() >= count)
                return;
        Assert.Fail($"{count} analyses never ran at once within a minute.");
    }
}

[CollectionDefinition(LaneDatabase.Collection)]
public sealed class LaneCollection : ICollectionFixture<LaneDatabase>;
