using System.Runtime.CompilerServices;
using Zones.Server.Data.Analysis;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Tiles;

/// <summary>
/// The coverage gaps of a township in the form the gaps tile draws them, taken from the results the
/// <see cref="CoverageGapService"/> keeps (<see cref="CoverageCache"/>: recomputed after an edit of anything a check
/// reads, at once, and when the clock changes an answer), so a map panning over gap tiles reruns no check.
/// </summary>
/// <remarks>
/// Each cached result is converted once (storage SRID, box) and the conversion lives as long as the result does.
/// A missing result is computed as one analysis in the <see cref="AnalysisLane"/>: a map panning over twenty
/// townships queues their checks there instead of taking twenty connections, and a full lane or a statement
/// timeout fails the tile with <see cref="AnalysisLaneException"/> (503, try again).
/// </remarks>
public sealed class GapTileCache(CoverageGapService gaps)
{
    // A result whose figures age (days out of service) is drawn again after an hour, so its "已 N 天" lags at most that.
    static readonly TimeSpan Redraw = TimeSpan.FromHours(1);

    sealed record Drawn(IReadOnlyList<TileGap> Gaps, DateTimeOffset At);

    readonly ConditionalWeakTable<CoverageResult, Drawn> _drawn = new();

    /// <summary>The township's gaps at its current analysis revision.</summary>
    public async Task<IReadOnlyList<TileGap>> ForTownshipAsync(string township, CancellationToken ct)
    {
        var results = await gaps.ResultsAsync([township], null, null, ct);
        var now = DateTimeOffset.UtcNow;
        return [.. results.SelectMany(r =>
        {
            var drawn = _drawn.GetValue(r, x => Draw(x, now));
            if (r.Aging is not null && now - drawn.At > Redraw)
                _drawn.AddOrUpdate(r, drawn = Draw(r, now));
            return drawn.Gaps;
        })];
    }

    /// <summary>The analysis revision the township's cached gaps belong to; null before its first analysis.</summary>
    internal long? CachedRevision(string township) => gaps.Cache.CachedRevision(township);

    static Drawn Draw(CoverageResult result, DateTimeOffset now) =>
        new([.. result.GapsAt(now).Select(g => new TileGap(g.Kind, GapKinds.Label(g.Kind), g.Description, g.AreaM2, g.LengthM,
                                                g.LightsNeeded, g.BinsNeeded, g.ZoneId, StorageGeometry.WithStorageSrid(g.Geometry),
                                                g.Geometry.EnvelopeInternal))], now);
}
