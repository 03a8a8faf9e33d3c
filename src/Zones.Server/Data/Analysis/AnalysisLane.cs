using System.Globalization;
using Npgsql;
using Zones.Server.Data.Replica;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// The one way analysis SQL reaches the database, so that no analysis can stall the server: at most
/// <see cref="AnalysisLaneOptions.MaxConcurrent"/> analyses run at once, each on one pooled connection in one
/// read-only transaction (one snapshot for all its statements) with a statement timeout and PostgreSQL's JIT off.
/// The rest of the pool stays free for ordinary requests and <c>/health</c>; an analysis that waits longer than
/// <see cref="AnalysisLaneOptions.QueueTimeoutSeconds"/> for its turn, or whose statement runs too long, ends with
/// an <see cref="AnalysisLaneException"/> that says so. Analyses only read: they run on the standby when one is
/// configured (<see cref="ReadDataSource"/>).
/// </summary>
/// <remarks>
/// JIT: PostgreSQL compiled each township's lighting check for ~0.5 s where executing it takes a fraction of that;
/// with <c>jit = off</c> a county's coverage gaps take 2.5 s instead of 20 s (shared/PERF-NOTES.md). SET LOCAL ends
/// with the transaction, so the connection goes back to the pool as it came. An analysis must not start another
/// one inside it: the lane is not re-entrant.
/// </remarks>
public sealed class AnalysisLane
{
    const string SetUpSql = "SET TRANSACTION READ ONLY; SET LOCAL jit = off; SET LOCAL statement_timeout = {0}";

    readonly ReadDataSource _db;
    readonly AnalysisLaneOptions _options;
    readonly SemaphoreSlim _places;

    public AnalysisLane(ReadDataSource db, AnalysisLaneOptions? options = null)
    {
        _db = db;
        _options = options ?? AnalysisLaneOptions.Default;
        _places = new SemaphoreSlim(_options.MaxConcurrent);
    }

    /// <summary>The database the lane runs on, for the small bookkeeping reads around an analysis (no lane slot).</summary>
    public ReadDataSource DataSource => _db;

    /// <summary>Runs <paramref name="analysis"/> on a lane connection, inside the lane's transaction.</summary>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or a statement timed out.</exception>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> analysis, CancellationToken ct)
    {
        if (!await _places.WaitAsync(_options.QueueTimeout, ct))
            throw AnalysisLaneException.Busy(_options);
        try
        {
            await using var conn = await _db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await using (var setUp = new NpgsqlCommand(string.Format(CultureInfo.InvariantCulture, SetUpSql, _options.StatementTimeoutMs), conn, tx))
                await setUp.ExecuteNonQueryAsync(ct);
            var result = await analysis(conn);
            await tx.CommitAsync(ct);
            return result;
        }
        catch (Exception e) when (TimedOut(e) && !ct.IsCancellationRequested)
        {
            throw AnalysisLaneException.TimedOut(_options, e);
        }
        finally
        {
            _places.Release();
        }
    }

    // 57014 query_canceled: the statement timeout (or an administrator's pg_cancel_backend); a TimeoutException
    // inside: Npgsql's own command timeout, when the connection string sets it below the statement timeout.
    static bool TimedOut(Exception e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } || e is NpgsqlException { InnerException: TimeoutException };
}
