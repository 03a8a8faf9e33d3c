using Npgsql;

namespace Zones.Server.Data.Notify;

/// <summary>
/// This instance's ear on the <see cref="ChangeBus"/>: one connection of its own (outside the pool, so it never
/// holds a pooled slot and a killed one is never handed to a request) that LISTENs on <see cref="ChangeBus.PgChannel"/>
/// and hands each notification to the bus.
/// </summary>
/// <remarks>
/// A lost connection (database restart, <c>pg_terminate_backend</c>, network) is opened again with a growing wait
/// (0.2 s doubling to 30 s) and LISTENs again; the bus then tells <see cref="ChangeBus.Reconnected"/> subscribers, since
/// notifications sent meanwhile are gone. A silent network loss is found by a <c>SELECT 1</c> after
/// <see cref="Heartbeat"/> without a notification. Always the primary: a standby delivers no notifications.
/// </remarks>
public sealed class ChangeListener(ChangeBus bus, IConfiguration configuration, ILogger<ChangeListener> logger) : BackgroundService
{
    static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);
    static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(0.2), LastRetry = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var connectionString = ListenConnectionString(ConnectionStrings.Resolve(configuration));
        var (retry, lost, failing) = (FirstRetry, false, false);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(connectionString);
                await conn.OpenAsync(ct);
                conn.Notification += (_, e) => bus.Deliver(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeBus.PgChannel}", conn))
                    await listen.ExecuteNonQueryAsync(ct);
                bus.SetListening(true, afterLoss: lost);
                if (lost)
                    logger.LogInformation("Listening for changes of other instances again");
                (retry, lost, failing) = (FirstRetry, false, false);
                await WaitAsync(conn, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                bus.SetListening(false, afterLoss: false);
                lost = true;
                // Said once per run of failures (a database restart), not on every retry.
                // A database that is down or restarting is an expected state, said in one line (a stack trace here
                // also buried the start-up's own "cannot reach PostgreSQL" advice); anything else keeps its trace.
                if (!failing && e is NpgsqlException or TimeoutException)
                    logger.LogWarning("Lost the connection that hears changes of other instances ({Reason}); retrying every {Seconds} s at most",
                                      e.Message, LastRetry.TotalSeconds);
                else if (!failing)
                    logger.LogWarning(e, "Lost the connection that hears changes of other instances; retrying every {Seconds} s at most", LastRetry.TotalSeconds);
                failing = true;
                await Task.Delay(retry, ct).ContinueWith(_ => { }, CancellationToken.None);
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
            }
        }
        bus.SetListening(false, afterLoss: false);
    }

    // Notifications arrive while waiting; a quiet period ends with a round trip that fails on a dead connection.
    static async Task WaitAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        while (true)
        {
            if (await conn.WaitAsync(Heartbeat, ct))
                continue;
            await using var ping = new NpgsqlCommand("SELECT 1", conn);
            await ping.ExecuteScalarAsync(ct);
        }
    }

    /// <summary>The primary's connection string for the listener: unpooled, and named so an admin sees it in pg_stat_activity.</summary>
    internal static string ListenConnectionString(string primary) =>
        new NpgsqlConnectionStringBuilder(primary) { Pooling = false, ApplicationName = "zones-listen" }.ConnectionString;
}
