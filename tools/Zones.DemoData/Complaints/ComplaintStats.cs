namespace Zones.DemoData.Complaints;

/// <summary>Counts gathered while the complaints stream out, for the summary and the README.</summary>
public sealed class ComplaintStats
{
    public int Total { get; set; }
    public long Events { get; set; }
    public SortedDictionary<string, int> ByStage { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> BySource { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> ByCategory { get; } = new(StringComparer.Ordinal);
    /// <summary>Open = not closed and not voided (shelved included).</summary>
    public int Open { get; set; }
    /// <summary>Open with the deadline before the reference time.</summary>
    public int OpenOverdue { get; set; }
    public int OpenOverdueNotShelved { get; set; }
    /// <summary>Closed with disposal (last 反馈) after the deadline.</summary>
    public int ClosedLateDisposal { get; set; }
    /// <summary>Closed with the close itself after the deadline.</summary>
    public int ClosedAfterDeadline { get; set; }
    public int WithRework { get; set; }
    public int WithExtension { get; set; }
    public int WithAsset { get; set; }
    /// <summary>Complaints within 150 m of each hot spot centre, in hot-spot order.</summary>
    public int[] NearHotSpot { get; set; } = [];
    /// <summary>Complaints farther than 150 m from every hot spot (the background).</summary>
    public int Background { get; set; }

    public static void Bump(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
