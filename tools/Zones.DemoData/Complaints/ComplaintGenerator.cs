using NetTopologySuite.Geometries;
using Zones.DemoData.Core;
using Zones.DemoData.Generation;
using Zones.DemoData.Model;
using Zones.DemoData.Output;

namespace Zones.DemoData.Complaints;

/// <summary>
/// Streams complaints.csv and complaint_events.csv day by day over the 90 days before the reference
/// time: only one day's cases are in memory at a time, so a county run with a million cases stays small.
/// </summary>
internal sealed class ComplaintGenerator
{
    private static readonly (string Key, double Weight)[] Background =
    [
        ("E0102", 18), ("E0107", 12), ("E0104", 11), ("E0103", 6), ("E0106", 4), ("E0105", 3), ("E0101", 3), ("E0501", 7),
        ("E9901", 5), ("C0118", 12), ("C0305", 6), ("C0301", 5), ("C0302", 1.5), ("C0303", 0.5), ("C0120", 1), ("C0304", 0.5),
    ];

    private static readonly (string Source, double Weight)[] Sources =
        [("hotline_12345", 35), ("inspection", 30), ("citizen", 25), ("assigned", 7), ("media", 3)];

    private static readonly double[] BackgroundWeights = Background.Select(b => b.Weight).ToArray();
    private static readonly double[] SourceWeights = Sources.Select(s => s.Weight).ToArray();

    private readonly Township _t;
    private readonly Rng _rng;
    private readonly Locator _locator;
    private readonly ComplaintPlacer _placer;
    private readonly ComplaintRouting _routing;
    private readonly CaseTimeline _timeline;

    public ComplaintGenerator(GeneratedTownship g, Rng rng)
    {
        _t = g.Township;
        _rng = rng;
        _locator = new Locator(_t);
        _placer = new ComplaintPlacer(_t, _locator, rng.Fork("places"));
        _routing = new ComplaintRouting(g.Org, _locator);
        _timeline = new CaseTimeline(rng.Fork("timeline"), _t.Reference);
    }

    public ComplaintStats Write(string dir, int total)
    {
        var stats = new ComplaintStats { NearHotSpot = new int[_t.Plants.HotSpots.Count] };
        using var complaints = new CsvWriter(Path.Combine(dir, "complaints.csv"),
            "case_number", "lon", "lat", "category_kind", "category_code", "source", "description", "address", "urgency",
            "asset_identifier", "stage", "reported_at", "deadline", "disposed_at", "closed_at", "rework_count",
            "extension_count", "reporter_name", "reporter_phone");
        using var events = new CsvWriter(Path.Combine(dir, "complaint_events.csv"), "case_number", "at", "action", "from_stage", "to_stage", "actor", "note");
        var start = _t.Reference.AddDays(-90);
        var days = DailyCounts(start, total);
        foreach (var (day, count) in days)
        {
            var from = day < start ? start : day;
            var to = day.AddDays(1) > _t.Reference ? _t.Reference : day.AddDays(1);
            var drafts = Enumerable.Range(0, count).Select(_ => Draft(from, to)).OrderBy(d => d.Reported).ToList();
            for (var i = 0; i < drafts.Count; i++)
                WriteCase(drafts[i], day.ToString("yyyyMMdd", Fmt.Inv) + (i + 1).ToString(drafts.Count > 9999 ? "D6" : "D4", Fmt.Inv), complaints, events, stats);
        }
        return stats;
    }

    /// <summary>Calendar days touched by the window with their share of the total (weekends a quarter quieter).</summary>
    private List<(DateTime Day, int Count)> DailyCounts(DateTime start, int total)
    {
        var days = new List<(DateTime Day, double Weight)>();
        for (var day = start.Date; day < _t.Reference; day = day.AddDays(1))
        {
            var from = day < start ? start : day;
            var to = day.AddDays(1) > _t.Reference ? _t.Reference : day.AddDays(1);
            var weekend = !WorkCalendar.IsWorkday(day);
            days.Add((day, (to - from).TotalHours / 24 * (weekend ? 0.75 : 1.0) * _rng.Range(0.8, 1.2)));
        }
        var sum = days.Sum(d => d.Weight);
        var result = new List<(DateTime, int)>();
        var cumulative = 0.0;
        var given = 0;
        foreach (var (day, weight) in days)
        {
            cumulative += weight;
            var upTo = (int)Math.Round(cumulative / sum * total);
            result.Add((day, upTo - given));
            given = upTo;
        }
        return result;
    }

    private ComplaintDraft Draft(DateTime from, DateTime to)
    {
        var source = Sources[_rng.Weighted(SourceWeights)].Source;
        var reported = ReportTime(from, to, source);
        var hot = _rng.NextDouble();
        string key;
        Coordinate at;
        var spot = -1;
        foreach (var (h, i) in _t.Plants.HotSpots.Select((h, i) => (h, i)))
        {
            hot -= h.Share;
            if (hot < 0) { spot = i; break; }
        }
        if (spot >= 0)
        {
            var h = _t.Plants.HotSpots[spot];
            key = h.Categories[_rng.Weighted(h.Categories.Select((_, k) => (double)(h.Categories.Length - k)).ToArray())];
            at = _placer.NearHotSpot(h);
        }
        else
        {
            key = Background[_rng.Weighted(BackgroundWeights)].Key;
            at = _placer.Background();
        }
        var category = Category.Get(key[0] == 'C' ? "component" : "event", key[1..]);
        var (asset, point) = _placer.Asset(category, at, spot >= 0);
        if (asset == null && category.AssetKind != null && category.Kind == "component")
            category = Category.Get("event", "0102");
        return new ComplaintDraft(Fmt.Sec(reported), point, category, source, asset);
    }

    /// <summary>Citizens call from 07:00 to 22:00, inspectors report in working hours.</summary>
    private DateTime ReportTime(DateTime from, DateTime to, string source)
    {
        for (var tries = 0; ; tries++)
        {
            var t = from + (to - from) * _rng.NextDouble();
            if (tries > 30) return t;
            var hour = t.TimeOfDay.TotalHours;
            var ok = source == "inspection" ? WorkCalendar.NextWorkInstant(t) == t : hour >= 7 && hour < 22 || _rng.Chance(0.05);
            if (ok) return t;
        }
    }

    private void WriteCase(ComplaintDraft d, string dayAndSerial, CsvWriter complaints, CsvWriter events, ComplaintStats stats)
    {
        var caseNumber = d.Category.CasePrefix + dayAndSerial;
        var (location, address) = _placer.Describe(d.At);
        var who = _routing.Actors(_rng, d, _t);
        var outcome = _timeline.Simulate(d.Reported, d.Category, d.Source, who);
        var (reporter, phone) = Reporter(d.Source, who);
        var urgent = d.Category.Code == "0302" || _rng.Chance(d.Category.Code == "0118" ? 0.05 : 0.03);
        var lonLat = _t.Frame.ToGrid(d.At);
        complaints.Row(caseNumber, Fmt.Coord(lonLat.X), Fmt.Coord(lonLat.Y), d.Category.Kind, d.Category.Code, d.Source,
            ComplaintText.Description(_rng, d.Category, location, d.Asset?.Identifier), address, urgent ? "urgent" : "normal",
            d.Asset?.Identifier, outcome.Stage, Fmt.Ts(d.Reported), Fmt.Ts(outcome.Deadline), Fmt.Ts(outcome.DisposedAt),
            Fmt.Ts(outcome.ClosedAt), Fmt.Int(outcome.Reworks), Fmt.Int(outcome.Extensions), reporter, phone);
        foreach (var e in outcome.Events)
            events.Row(caseNumber, Fmt.Ts(e.At), e.Action, e.From, e.To, e.Actor, e.Note);
        Count(stats, d, outcome);
    }

    private (string? Name, string? Phone) Reporter(string source, CaseActors who) => source switch
    {
        "inspection" => (who.Inspector, _t.People.First(p => p.Name == who.Inspector).Phone),
        "assigned" => (_t.CountyName + "数字城管中心", null),
        "media" => (_rng.Pick(new[] { _t.CountyName[..^1] + "发布", "湖州日报", _t.CountyName + "融媒体中心" }), null),
        "citizen" when _rng.Chance(0.2) => (null, null),
        _ => (Names.Caller(_rng), Names.Mobile(_rng)),
    };

    private void Count(ComplaintStats stats, ComplaintDraft d, CaseOutcome o)
    {
        stats.Total++;
        stats.Events += o.Events.Count;
        ComplaintStats.Bump(stats.ByStage, o.Stage);
        ComplaintStats.Bump(stats.BySource, d.Source);
        ComplaintStats.Bump(stats.ByCategory, d.Category.CasePrefix);
        var open = o.Stage is not ("closed" or "voided");
        if (open) stats.Open++;
        if (open && o.Deadline < _t.Reference) stats.OpenOverdue++;
        if (open && o.Stage != "shelved" && o.Deadline < _t.Reference) stats.OpenOverdueNotShelved++;
        if (o.Stage == "closed" && o.DisposedAt > o.Deadline) stats.ClosedLateDisposal++;
        if (o.Stage == "closed" && o.ClosedAt > o.Deadline) stats.ClosedAfterDeadline++;
        if (o.Reworks > 0) stats.WithRework++;
        if (o.Extensions > 0) stats.WithExtension++;
        if (d.Asset != null) stats.WithAsset++;
        var near = false;
        for (var i = 0; i < _t.Plants.HotSpots.Count; i++)
            if (_t.Plants.HotSpots[i].Centre.Distance(d.At) <= 150) (stats.NearHotSpot[i], near) = (stats.NearHotSpot[i] + 1, true);
        if (!near) stats.Background++;
    }
}

/// <summary>A complaint before its history is simulated.</summary>
internal sealed record ComplaintDraft(DateTime Reported, Coordinate At, Category Category, string Source, Asset? Asset);
