using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using Zones.Server.Data.Analysis;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Tiles;

/// <summary>
/// The coverage gaps of each township, computed once per data revision and kept in memory, so a
/// map panning over gap tiles does not rerun every coverage check for every tile.
/// </summary>
/// <remarks>
/// The revision (see <c>TileStore.GapTownshipsSql</c>) changes with any audited edit except
/// complaints, and with the township's settings. Gaps also age without edits (days out of service,
/// assignments that end at a set date), and an edit committed late with an older audit id could
/// slip by, so an entry is also recomputed after <see cref="MaxAge"/>. Concurrent requests for the
/// same township share one computation (<see cref="Lazy{T}"/>); a failed one is retried next time.
/// The computation is one analysis in the <see cref="AnalysisLane"/> (through <see cref="CoverageGapService"/>):
/// a map panning over twenty townships queues their checks there instead of taking twenty connections, and a
/// full lane or a statement timeout fails the tile with <see cref="AnalysisLaneException"/> (503, try again).
/// </remarks>
public sealed class GapTileCache(CoverageGapService gaps)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    sealed record Entry(string Revision, DateTime At, Lazy<Task<IReadOnlyList<TileGap>>> Gaps)
    {
        public bool Usable(string revision) =>
            Revision == revision && DateTime.UtcNow - At < MaxAge && !Gaps.Value.IsFaulted && !Gaps.Value.IsCanceled;
    }

    readonly ConcurrentDictionary<string, Entry> _entries = new();

    /// <summary>The township's gaps at <paramref name="revision"/>, computed now if the cached ones are older.</summary>
    public Task<IReadOnlyList<TileGap>> ForTownshipAsync(string township, string revision, CancellationToken ct)
    {
        var entry = _entries.AddOrUpdate(township, _ => New(township, revision),
                                         (_, old) => old.Usable(revision) ? old : New(township, revision));
        // The computation is shared, so one caller giving up must not cancel it for the others.
        return entry.Gaps.Value.WaitAsync(ct);
    }

    /// <summary>The revision the township's cached gaps were computed at; null before the first gaps tile.</summary>
    internal string? CachedRevision(string township) => _entries.TryGetValue(township, out var e) ? e.Revision : null;

    Entry New(string township, string revision) =>
        new(revision, DateTime.UtcNow, new Lazy<Task<IReadOnlyList<TileGap>>>(() => ComputeAsync(township)));

    async Task<IReadOnlyList<TileGap>> ComputeAsync(string township)
    {
        var found = await gaps.FindAsync([township], null, null, CancellationToken.None);
        return [.. found.Select(g => new TileGap(g.Kind, GapKinds.Label(g.Kind), g.Description, g.AreaM2, g.LengthM,
                                                 g.LightsNeeded, g.BinsNeeded, g.ZoneId, StorageGeometry.WithStorageSrid(g.Geometry),
                                                 g.Geometry.EnvelopeInternal))];
    }
}
