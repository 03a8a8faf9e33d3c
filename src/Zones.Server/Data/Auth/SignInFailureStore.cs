using Npgsql;

namespace Zones.Server.Data.Auth;

/// <summary>
/// Failed sign-ins per subject (a user name or a client address) in <c>zones.sign_in_failure</c>
/// (migration 0011), kept in the database so a lockout holds across restarts and across servers
/// behind one load balancer.
/// </summary>
public sealed class SignInFailureStore(NpgsqlDataSource db)
{
    const string LockedUntilSql = """
        SELECT max(locked_until) FROM zones.sign_in_failure WHERE subject = ANY($1) AND locked_until > now()
        """;

    // zones.sign_in_failed (migration 0011) counts the failure and, at the threshold, starts the
    // next, longer lockout, under the row's lock so parallel attempts cannot slip past the count.
    const string RecordFailureSql = "SELECT zones.sign_in_failed($1, $2, $3, $4)";

    const string ClearSql = "DELETE FROM zones.sign_in_failure WHERE subject = $1";

    /// <summary>When the longest lockout among <paramref name="subjects"/> ends, or null when none is locked.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string[] subjects, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(LockedUntilSql);
        cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = subjects });
        return await cmd.ExecuteScalarAsync(ct) is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) : null;
    }

    /// <summary>Counts one failure; returns the end of the lockout it started, if it started one.</summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(string subject, int threshold, TimeSpan[] lockouts, TimeSpan window,
                                                         CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(RecordFailureSql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subject });
        cmd.Parameters.Add(new NpgsqlParameter<int> { TypedValue = threshold });
        cmd.Parameters.Add(new NpgsqlParameter<TimeSpan[]> { TypedValue = lockouts });
        cmd.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = window });
        return await cmd.ExecuteScalarAsync(ct) is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) : null;
    }

    /// <summary>Forgets the failures of <paramref name="subject"/> (after it signed in).</summary>
    public async Task ClearAsync(string subject, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ClearSql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subject });
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
