using System.Text;
using NetTopologySuite.Geometries;
using Zones.DemoData.Complaints;
using Zones.DemoData.Core;
using Zones.DemoData.Generation;
using Zones.DemoData.Model;

namespace Zones.DemoData.Reporting;

/// <summary>The "what was planted where" section of the demo README, every fact read back from the data.</summary>
internal static class DemoReadmePlants
{
    public static void Write(StringBuilder sb, GeneratedTownship g, TownshipFacts f, ComplaintStats stats)
    {
        var t = g.Township;
        sb.Append("## 埋点 (what was planted where)\n\n");
        sb.Append("Each item below is a finding the coverage and workflow checks should report. All were found by re-reading the generated geometry and rows.\n\n");
        Topology(sb, t, f);
        Ownership(sb, t, f);
        Toilets(sb, t, f);
        CollectionPoints(sb, t, f);
        Bins(sb, t, f);
        Lighting(sb, t, f);
        Complaints(sb, t, f, stats);
    }

    private static string Zone(Township t, string code)
    {
        var z = t.Zones.First(z => z.Code == code);
        return $"{z.Name} `{z.Code}`";
    }

    private static void Topology(StringBuilder sb, Township t, TownshipFacts f)
    {
        sb.Append("### 缺口与重叠 (gap and overlap)\n\n");
        foreach (var (parent, gap) in f.Gaps())
        {
            var m = t.Frame.ToMetres(gap);
            var near = t.Zones.Where(z => z.ParentCode == parent.Code && z.Metres.Distance(m) < 1).Select(z => Zone(t, z.Code));
            sb.Append($"- **Gap 缺口**: {m.Area:0} m² of {parent.Level} {Zone(t, parent.Code)} lie in none of its children, centred at ")
              .Append($"{f.LonLat(m.Centroid.Coordinate)}, between {string.Join(" and ", near)}.\n");
        }
        foreach (var (a, b, overlap) in f.Overlaps())
        {
            var m = t.Frame.ToMetres(overlap);
            sb.Append($"- **Overlap 重叠**: sibling {a.Level}s {Zone(t, a.Code)} and {Zone(t, b.Code)} overlap by {m.Area:0} m², centred at {f.LonLat(m.Centroid.Coordinate)}")
              .Append(t.Plants.OverlapVillageCodes.Length == 2 ? $" ({Zone(t, t.Plants.OverlapVillageCodes[0])} reaches into {Zone(t, t.Plants.OverlapVillageCodes[1])}).\n" : ".\n");
        }
        sb.Append("- Everything else tiles exactly: every other parent equals the union of its children, and no other siblings overlap.\n\n");
    }

    private static void Ownership(StringBuilder sb, Township t, TownshipFacts f)
    {
        sb.Append("### 包联 (ownership)\n\n");
        foreach (var code in f.WithoutActivePrimary("zone", t.Zones.Select(z => z.Code)))
        {
            var last = t.Assignments.Where(a => a.TargetCode == code && a.IsPrimary).OrderBy(a => a.ValidFrom).LastOrDefault();
            sb.Append($"- **Zone with no active primary owner 无责任主体**: {Zone(t, code)}")
              .Append(last == null ? " — never assigned.\n" : $" — its last primary owner {f.Owner(last)} ended at {Fmt.Ts(last.ValidTo)} (\"{last.Note}\"); nobody took over. Complaints there fall back to the enclosing 片区 (属地兜底).\n");
        }
        foreach (var (o, n) in f.Handovers())
            sb.Append($"- **Handover 交接**: {Zone(t, o.TargetCode)}: {f.Owner(o)} → {f.Owner(n)} at exactly {Fmt.Ts(n.ValidFrom)} (old row closed, new row opened at the same instant).\n");
        var roads = t.Assignments.Where(a => a.TargetKind == "road").Select(a => a.TargetCode).Distinct().Count();
        var shops = t.Assignments.Count(a => a.TargetKind == "shop");
        var helpers = t.Assignments.Where(a => !a.IsPrimary).ToList();
        sb.Append($"- 部门包联路段: {roads} of {t.Roads.Count} road segments have a department owner (the arterial, secondary and 过境 segments); branch streets and 村道 have none and fall back to their zone.\n");
        sb.Append($"- 干部包门店: {shops} of {t.Shops.Count} shops have a cadre; the others have none.\n");
        sb.Append($"- Non-primary helpers: {helpers.Count} rows ({string.Join(", ", helpers.GroupBy(a => a.Role).OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key} {x.Count()}"))}).\n\n");
    }

    private static void Toilets(StringBuilder sb, Township t, TownshipFacts f)
    {
        sb.Append("### 公厕 (toilets)\n\n");
        foreach (var a in t.Assets.Where(a => a.Kind == "toilet" && a.MaintainerUnitCode == null))
            sb.Append($"- **Toilet without maintainer 无管护单位**: `{a.Identifier}` {a.Name} ({a.Subtype}) at {f.LonLat(a.Metres)}.\n");
        foreach (var z in f.VillagesWithoutToilet())
            sb.Append($"- **Village without a public toilet 无公厕**: {Zone(t, z.Code)}.\n");
        foreach (var a in f.DryToiletsInBuiltUp())
            sb.Append($"- **旱厕 inside the built-up area 建成区内旱厕**: `{a.Identifier}` {a.Name} at {f.LonLat(a.Metres)}.\n");
        var dry = t.Assets.Count(a => a.Kind == "toilet" && a.Subtype == "dry");
        sb.Append($"- {t.Assets.Count(a => a.Kind == "toilet")} toilets in all, {dry} of them 旱厕 (the others are in remote villages, outside the built-up area).\n");
        var land = t.BuiltUp.Sum(b => b.Metres.Area);
        var town = t.Assets.Count(a => a.Kind == "toilet" && t.BuiltUp.Any(b => b.Metres.IsWithinDistance(GeoFrame.Metres.CreatePoint(a.Metres), 300)));
        sb.Append($"- **Toilet reach 服务半径** — built-up land ({land / 1e6:0.00} km², {town} toilets in it or within 300 m of it, on a ≈ 470 m lattice) farther than {CoverageAudit.ToiletRadius:0} m ")
          .Append("in a straight line from every working toilet, per village, parts of 1,000 m² or more:\n");
        foreach (var p in CoverageAudit.ToiletReach(t))
            sb.Append($"  - {Zone(t, p.Village.Code)}: {p.Metres.Area:0} m² centred at {f.LonLat(p.Metres.Centroid.Coordinate)}")
              .Append(p.Places.Count > 0 ? $", with {string.Join("、", p.Places.Select(x => x.Name))} (人流聚集) in it" : ", no place of 人流聚集 in it")
              .Append(".\n");
        if (t.Plants.ToiletHoleCentre is { } hole)
            sb.Append($"  Planted on purpose: the toilet of the lattice site on the {t.Places.First(p => p.Metres.Equals2D(hole)).Name} at {f.LonLat(hole)} was never built; ")
              .Append("all other built-up land is within reach (toilets by markets, squares, schools, bus stops and along the streets).\n\n");
        Creek(sb, t, f);
    }

    private static void Creek(StringBuilder sb, Township t, TownshipFacts f)
    {
        if (t.Plants.CreekDwelling is not { } d || t.Plants.CreekToilet is not { } at) return;
        var toilet = t.Assets.First(a => a.Kind == "toilet" && a.Metres.Equals2D(at));
        var nearest = t.Assets.Where(a => a.Kind == "toilet" && a.Status == "good").Min(a => WalkAudit.Distance(t, a.Metres, d.Metres));
        var roads = t.Plants.CreekRoadNames;
        sb.Append($"- **步行距离 (walking distance, issue #12)** — {d.Name} ({d.Households} households, a dwelling) at {f.LonLat(d.Metres)} lies by {roads[1]} on the east bank of a creek; ")
          .Append($"`{toilet.Identifier}` {toilet.Name} (a working flush toilet) at {f.LonLat(at)} stands by 新华路 on the west bank, {at.Distance(d.Metres):0} m away in a straight line ")
          .Append($"but {WalkAudit.Distance(t, at, d.Metres):0} m along the roads, over {roads[0]}, the only bridge. No working toilet is within {CoverageAudit.ToiletRadius:0} m' walk of it ")
          .Append($"(the nearest: {nearest:0} m). By walking distance (the default) the dwelling lies in a 公厕服务半径 gap and outside the toilet's isochrone; ")
          .Append("in a straight line it is within the toilet's circle and in no gap.\n\n");
    }

    private static void CollectionPoints(StringBuilder sb, Township t, TownshipFacts f)
    {
        sb.Append("### 垃圾收集点 (collection points)\n\n");
        var points = t.Assets.Count(a => a.Kind is "collection_point" or "garbage_room" or "transfer_station");
        sb.Append($"{points} collection points, 垃圾房 and transfer stations; every dwelling place (自然村, 小区) has one within 100 m, but:\n\n");
        foreach (var (d, nearest) in CoverageAudit.CollectionReach(t))
            sb.Append($"- **Dwelling beyond {CoverageAudit.CollectionRadius:0} m 收集点服务半径外**: {d.Name} ({d.Households} households) at {f.LonLat(d.Metres)}, {nearest:0} m from the nearest working point.\n");
        if (t.Plants.RemoteDwellingName is { } remote)
            sb.Append($"\nPlanted on purpose: {remote}, the most isolated hamlet, has its point {CollectionInfill.RemoteDistance:0} m away towards its village committee.\n\n");
    }

    private static void Bins(StringBuilder sb, Township t, TownshipFacts f)
    {
        var bins = t.Assets.Where(a => a.Kind == "bin").ToList();
        sb.Append("### 果皮箱 (street bins)\n\n");
        sb.Append($"{bins.Count} bins ({bins.Count(a => a.Status != "good")} not working: {string.Join(", ", bins.Where(a => a.Status != "good").GroupBy(a => a.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}); ")
          .Append("a bin fails only where the working bins round it still meet the spacing. ")
          .Append($"Stretches of a segment with no working bin within {BinSpacing.Reach:0} m, longer than the class spacing (arterial 100 m, secondary and branch 200 m, highway 400 m; 村道 not checked; segment ends count as limits):\n\n");
        sb.Append("| code | name | class | from m | to m | length m | spacing m |\n|---|---|---|---|---|---|---|\n");
        foreach (var g in CoverageAudit.BinGaps(t))
            sb.Append($"| `{g.Segment.Code}` | {g.Segment.Name} | {g.Segment.Class} | {g.From:0} | {g.To:0} | {g.Length:0} | {g.Spacing:0} |\n");
        if (t.Plants.BinGapMetres is { } gap)
            sb.Append($"\nPlanted on purpose: a {gap.Length:0} m stretch of {t.Plants.BinGapRoadName} from {f.LonLat(gap.StartPoint.Coordinate)} to {f.LonLat(gap.EndPoint.Coordinate)} with no bin ")
              .Append("(the bins drawn for it stand bunched just past its east end, as after road works).\n\n");
    }

    private static void Lighting(StringBuilder sb, Township t, TownshipFacts f)
    {
        var (unlit, stretches) = LightingAudit.Run(t);
        var lights = t.Assets.Where(a => a.Kind == "streetlight").ToList();
        sb.Append("### 路灯 (street lights)\n\n");
        sb.Append($"{lights.Count} street lights ({lights.Count(a => a.Subtype == "grid")} grid, {lights.Count(a => a.Subtype == "solar")} solar; ")
          .Append($"{lights.Count(a => a.Status == "unlit")} unlit 不亮, {lights.Count(a => a.Status == "damaged")} damaged, {lights.Count(a => a.Status == "lost")} lost), ")
          .Append("one side of the road every ≈ 3.2 H (2.8 H on town arterials), never two failed lamps in a row.\n\n");
        sb.Append($"**(a) 无路灯道路** — segments longer than 50 m with no lamp (street or landscape light, any status) within {LightingAudit.Reach:0} m of the centreline: {unlit.Count}.\n\n");
        sb.Append("| code | name | class | length m |\n|---|---|---|---|\n");
        foreach (var s in unlit) sb.Append($"| `{s.Code}` | {s.Name} | {s.Class} | {s.Length:0} |\n");
        sb.Append($"\nPlanted on purpose: the whole of {string.Join("、", t.Plants.UnlitRoadNames)} — a 支路 in town, and the 村道 and lanes of {t.Plants.UnlitVillageName}, a village with no street lights at all. ")
          .Append("Lamps of the roads they join stop 26.5 m short of them, so those roads get no 缺灯段 from it.\n\n");
        sb.Append("**(b) 缺灯段** — lamp-free stretches longer than 2 × S_nom on lit segments (S_nom = 3.5 H, 3 H on town arterials; positions are lamps within 25 m projected on the segment, segment ends count as limits):\n\n");
        sb.Append("| code | name | from m | to m | length m | threshold m | counting |\n|---|---|---|---|---|---|---|\n");
        foreach (var s in stretches)
            sb.Append($"| `{s.Segment.Code}` | {s.Segment.Name} | {s.From:0} | {s.To:0} | {s.Length:0} | {s.Threshold:0} | {(s.GoodOnly ? "working lamps only" : "all lamps")} |\n");
        if (t.Plants.DarkStretchMetres is { } dark)
            sb.Append($"\nPlanted on purpose: a {dark.Length:0} m stretch of `{t.Plants.DarkStretchRoadCode}` ({t.Roads.First(r => r.Code == t.Plants.DarkStretchRoadCode).Name}) from {f.LonLat(dark.StartPoint.Coordinate)} to {f.LonLat(dark.EndPoint.Coordinate)} with no lamp.\n\n");
    }

    private static void Complaints(StringBuilder sb, Township t, TownshipFacts f, ComplaintStats stats)
    {
        sb.Append("### 案卷 (complaints)\n\n");
        sb.Append("| hot spot 高发点位 | centre lon, lat | complaints within 150 m |\n|---|---|---|\n");
        for (var i = 0; i < t.Plants.HotSpots.Count; i++)
        {
            var h = t.Plants.HotSpots[i];
            sb.Append($"| {h.Name} | {f.LonLat(h.Centre)} | {stats.NearHotSpot[i]} |\n");
        }
        sb.Append($"\n{stats.Background} complaints lie farther than 150 m from every hot spot: background noise along roads, around places and dwellings, and anywhere in the township.\n\n");
        sb.Append($"- Closed 已结案: {stats.ByStage.GetValueOrDefault("closed")}; voided 作废: {stats.ByStage.GetValueOrDefault("voided")}; open 未结 (any other stage, shelved included): {stats.Open}.\n");
        sb.Append($"- Open and overdue (deadline before the reference time): {stats.OpenOverdue} ({stats.OpenOverdueNotShelved} not counting shelved 挂账).\n");
        sb.Append($"- Closed late: {stats.ClosedLateDisposal} disposed (last 反馈) after the deadline; {stats.ClosedAfterDeadline} closed after the deadline.\n");
        sb.Append($"- With rework 返工: {stats.WithRework}; with an approved extension 延期: {stats.WithExtension}.\n\n");
    }
}
