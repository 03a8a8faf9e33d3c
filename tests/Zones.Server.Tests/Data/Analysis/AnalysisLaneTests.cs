using Npgsql;
using Zones.Server.Data.Analysis;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>The analysis lane: its transaction's settings, its bound, its timeouts (pg_sleep stands in for a long analysis).</summary>
[Collection(PostgisCollection.Name)]
public class AnalysisLaneTests(PostgisFixture pg)
{
    static async Task<T> ScalarAsync<T>(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task An_analysis_runs_read_only_with_jit_off_and_the_configured_statement_timeout()
    {
        var lane = new AnalysisLane(pg.DataSource, new AnalysisLaneOptions { StatementTimeoutSeconds = 1.5 });

        var settings = await lane.RunAsync(conn => ScalarAsync<string>(conn,
            "SELECT concat_ws(' ', current_setting('jit'), current_setting('statement_timeout'), current_setting('transaction_read_only'))"), default);

        Assert.Equal("off 1500ms on", settings);
    }

    [Fact]
    public async Task The_settings_end_with_the_analysis_and_the_connection_goes_back_to_the_pool_as_it_came()
    {
        await using var one = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(pg.ConnectionString) { MaxPoolSize = 1 }.ConnectionString);
        const string Sql = "SELECT concat_ws(' ', current_setting('jit'), current_setting('statement_timeout'))";
        string before;
        await using (var conn = await one.OpenConnectionAsync())
            before = await ScalarAsync<string>(conn, Sql);

        await new AnalysisLane(one).RunAsync(conn => ScalarAsync<string>(conn, Sql), default);

        await using var again = await one.OpenConnectionAsync();
        Assert.Equal(before, await ScalarAsync<string>(again, Sql));
    }

    [Fact]
    public async Task A_statement_past_the_timeout_ends_the_analysis_with_the_timeout_error()
    {
        var lane = new AnalysisLane(pg.DataSource, new AnalysisLaneOptions { StatementTimeoutSeconds = 0.05 });

        var e = await Assert.ThrowsAsync<AnalysisLaneException>(() => lane.RunAsync(conn => ScalarAsync<object>(conn, "SELECT pg_sleep(5)"), default));

        Assert.Equal("ANALYSIS_TIMEOUT", e.Code);
        Assert.StartsWith("分析超时：一条分析语句运行超过 0.05 秒，已停止。", e.Message);
        Assert.Equal(1, await lane.RunAsync(conn => ScalarAsync<int>(conn, "SELECT 1"), default));
    }

    [Fact]
    public async Task A_caller_who_gives_up_is_not_told_of_a_timeout()
    {
        var lane = new AnalysisLane(pg.DataSource);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lane.RunAsync(conn => ScalarAsync<object>(conn, "SELECT pg_sleep(5)"), cancel.Token));
    }

    [Fact]
    public async Task When_every_place_is_taken_the_next_analysis_waits_then_is_refused_as_busy_and_the_place_comes_free_again()
    {
        var lane = new AnalysisLane(pg.DataSource, new AnalysisLaneOptions { MaxConcurrent = 1, QueueTimeoutSeconds = 0.1 });
        var inside = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var holder = lane.RunAsync(async _ => { inside.SetResult(); await release.Task; return 0; }, default);
        await inside.Task;

        var e = await Assert.ThrowsAsync<AnalysisLaneException>(() => lane.RunAsync(conn => ScalarAsync<int>(conn, "SELECT 1"), default));
        release.SetResult();
        await holder;

        Assert.Equal("ANALYSIS_BUSY", e.Code);
        Assert.Contains("try again in a moment", e.Message);
        Assert.Equal(2, await lane.RunAsync(conn => ScalarAsync<int>(conn, "SELECT 2"), default));
    }

    [Fact]
    public async Task An_analysis_cannot_write()
    {
        var lane = new AnalysisLane(pg.DataSource);

        var e = await Assert.ThrowsAsync<PostgresException>(() => lane.RunAsync(conn => ScalarAsync<object>(conn,
            "UPDATE zones.township SET name = name WHERE false"), default));

        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, e.SqlState);
    }
}
