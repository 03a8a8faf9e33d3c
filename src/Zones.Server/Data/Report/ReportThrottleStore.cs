using Npgsql;

namespace Zones.Server.Data.Report;

/// <summary>
/// The rate limits of the report page in <c>zones.report_attempt</c> (migration 0030): how many attempts
/// a subject (a client address, a phone number) made in the window, shared by every server instance.
/// </summary>
public sealed class ReportThrottleStore(NpgsqlDataSource db)
{
    // zones.report_attempt_take locks the subjects, counts, and records one attempt each when all are under
    // their limits; it returns NULL then, else when the refused subjects may try again.
    const string TakeSql = "SELECT zones.report_attempt_take($1, $2, $3, $4)";

    /// <summary>When the subjects may try again if one of them is at its limit now (nothing recorded), else null.</summary>
    public async Task<DateTimeOffset?> RefusedUntilAsync(string[] subjects, int[] limits, TimeSpan window, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await TakeAsync(conn, null, subjects, limits, window, record: false, ct);
    }

    /// <summary>
    /// Counts one attempt of every subject in the caller's transaction (it counts only if that commits), or,
    /// when one is at its limit, records nothing and returns when they may try again.
    /// </summary>
    public async Task<DateTimeOffset?> TakeAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string[] subjects, int[] limits,
                                                 TimeSpan window, bool record, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(TakeSql, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = subjects });
        cmd.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = limits });
        cmd.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = window });
        cmd.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = record });
        return await cmd.ExecuteScalarAsync(ct) is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) : null;
    }

    /// <summary>Counts one attempt outside any other write (a status look-up); the same answer as <see cref="TakeAsync"/>.</summary>
    public async Task<DateTimeOffset?> TakeAsync(string[] subjects, int[] limits, TimeSpan window, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await TakeAsync(conn, null, subjects, limits, window, record: true, ct);
    }
}
