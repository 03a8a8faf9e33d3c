using System.Collections.Concurrent;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// Coverage results kept in memory per township, one per (zone asked or the whole township, check), valid while
/// the township's analysis revision (<c>zones.analysis_revision</c>, migration 0018) stays the same.
/// </summary>
/// <remarks>
/// <para><b>Edits.</b> Statement triggers bump a township's revision in the editing transaction on every table a
/// check reads (zones, roads, assets, units, people, assignments, places, built-up areas, settings; imports too,
/// and the neighbours an asset or road near the border can change), so the first request after the commit reads
/// a new revision and recomputes; another township's edit leaves this one's entries alone. The revision is read
/// <i>before</i> the checks run, so a result is never older than the revision it is filed under (at worst newer,
/// which only costs a recomputation).</para>
/// <para><b>Time.</b> Some answers change with the clock alone: days out of service, assignments that start or
/// end at a set time. Checks that depend on the clock say when their answer next changes
/// (<see cref="ITimeDependentCheck"/>), and the entry is recomputed from that moment; figures that grow continuously
/// (days out of service) are brought up to date when served instead (<see cref="IAgingCheck"/>). As a safety net for a clock
/// rule nobody declared, no entry is older than <see cref="MaxAge"/> (a day).</para>
/// <para>Concurrent requests for the same entry share one computation; a failed or cancelled one is dropped, so
/// the next request tries again.</para>
/// </remarks>
public sealed class CoverageCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    sealed record Entry(Task<CoverageResult> Result, DateTimeOffset At)
    {
        public bool Fresh(DateTimeOffset now) =>
            now - At < MaxAge && !Result.IsFaulted && !Result.IsCanceled
            && !(Result.IsCompletedSuccessfully && Result.Result.ValidUntil is { } until && until <= now);
    }

    sealed record Township(long Revision, Dictionary<(long? Zone, int Check), Entry> Entries);

    readonly ConcurrentDictionary<string, Township> _townships = new();

    /// <summary>
    /// The entry of (<paramref name="township"/>, <paramref name="zoneId"/>, <paramref name="check"/>) at
    /// <paramref name="revision"/>. When there is none fresh, <paramref name="compute"/> is set and the caller must
    /// complete it (with the result, an exception, or cancellation).
    /// </summary>
    public Task<CoverageResult> Get(string township, long revision, long? zoneId, int check, out TaskCompletionSource<CoverageResult>? compute)
    {
        var state = _townships.AddOrUpdate(township, _ => New(revision), (_, old) => old.Revision == revision ? old : New(revision));
        var key = (zoneId, check);
        compute = null;
        // One lock per township: a factory that ran twice (ConcurrentDictionary may) would leave a computation nobody completes.
        lock (state.Entries)
        {
            if (state.Entries.TryGetValue(key, out var old) && old.Fresh(DateTimeOffset.UtcNow))
                return old.Result;
            compute = new TaskCompletionSource<CoverageResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            var entry = new Entry(compute.Task, DateTimeOffset.UtcNow);
            state.Entries[key] = entry;
            compute.Task.ContinueWith(_ => { lock (state.Entries) { if (state.Entries.GetValueOrDefault(key) == entry) state.Entries.Remove(key); } },
                                      CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
            return entry.Result;
        }
    }

    /// <summary>The revision the township's entries belong to; null before its first analysis.</summary>
    public long? CachedRevision(string township) => _townships.TryGetValue(township, out var t) ? t.Revision : null;

    static Township New(long revision) => new(revision, []);
}
