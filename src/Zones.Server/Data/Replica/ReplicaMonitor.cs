using Microsoft.Extensions.Options;
using Npgsql;

namespace Zones.Server.Data.Replica;

/// <summary>
/// Asks the read connection every <see cref="ReplicaOptions.CheckIntervalSeconds"/> where the standby is (streaming?
/// how far behind, in seconds and in WAL bytes?) and keeps the answer in <see cref="ReplicaState"/>: reads leave a
/// standby that is down or lagging for the primary until it is back, and <c>/health</c> shows it. Idle when no read
/// connection is configured.
/// </summary>
sealed class ReplicaMonitor(ReadDataSource reads, ReplicaState state, IOptions<ReplicaOptions> options,
                            ILogger<ReplicaMonitor> logger) : BackgroundService
{
    // Seconds behind: 0 when everything received is replayed, else the age of the last replayed transaction
    // (an idle primary writes none, so an idle standby would otherwise look ever further behind).
    const string StandbySql = """
        SELECT pg_is_in_recovery(),
               (SELECT status FROM pg_stat_wal_receiver),
               pg_last_wal_replay_lsn()::text,
               CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                    ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END
        """;

    const string PrimarySql = "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::bigint";

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (reads.Standby is null)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CheckIntervalSeconds));
        do
        {
            var status = await CheckAsync(ct);
            if (status.State != state.Current.State)
                logger.Log(status.Usable ? LogLevel.Information : LogLevel.Warning,
                           "Standby is {State} (lag {Lag} s); reads go to the {Target}", status.State, status.LagSeconds,
                           status.Usable ? "standby" : "primary");
            state.Current = status;
        } while (await timer.WaitForNextTickAsync(ct));
    }

    /// <summary>One look at the standby (also what /health shows).</summary>
    public async Task<ReplicaState.Status> CheckAsync(CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        try
        {
            await using var conn = await reads.Standby!.OpenConnectionAsync(ct);
            await using var cmd = new NpgsqlCommand(StandbySql, conn);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            if (!reader.GetBoolean(0))
                return new("down", null, null, now, "读连接连到了主库：备库不可用。The read connection reached the primary: the standby is not available.");
            if (reader.IsDBNull(1) || reader.GetString(1) != "streaming")
                return new("down", null, null, now, "备库没有从主库接收日志。The standby is not streaming from the primary.");
            var (lsn, seconds) = (reader.GetString(2), reader.GetDouble(3));
            await reader.DisposeAsync();
            await using var diff = reads.Primary.CreateCommand(PrimarySql);
            diff.Parameters.Add(new NpgsqlParameter { Value = lsn });
            var bytes = (long)(await diff.ExecuteScalarAsync(ct))!;
            // Back from down or lagging only once caught up: a read that began on the primary (a revision, say) and
            // goes on on the standby must not find the standby behind what it already saw.
            var behind = state.Current.Usable ? seconds > options.Value.MaxLagSeconds : seconds > 0;
            return new(behind ? "lagging" : "streaming", seconds, Math.Max(0, bytes), now, null);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            return new("down", null, null, now, e.Message);
        }
    }
}
