using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>
/// 包联: a 领导 for every 片区, a 村干部 or the 村委会 for every village, 网格员 for groups, 包联部门
/// for main road segments and 干部 for shops — plus the planted handover and the planted village
/// whose owner left with nobody after him. Primary rows of one target never overlap in time.
/// </summary>
internal sealed class AssignmentBuilder(Township t, VillageLayout layout, Org org, Core.Rng rng)
{
    private DateTime Base => new(t.Reference.Year - 1, 1, 1);

    public void Build(int handoverArea, VillageSite unowned)
    {
        var gov = t.Zones.First(z => z.Level == "township");
        Add("zone", gov.Code, "unit", org.Government.Code, "responsible_unit", true, Base, null, "属地兜底");
        var areas = layout.Areas.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        foreach (var a in areas)
        {
            var leader = org.Leaders[a.Index];
            if (a.Index != handoverArea)
            {
                Add("zone", a.Code, "person", leader.Code, "leader", true, Base, null, "领导联片");
                continue;
            }
            // Planted handover: the old row closes at T and the new one opens at exactly T.
            var at = t.Reference.Date.AddDays(-66).AddHours(9);
            var successor = org.Leaders[^1];
            Add("zone", a.Code, "person", leader.Code, "leader", true, Base, at, "工作调整，联片领导交接");
            Add("zone", a.Code, "person", successor.Code, "leader", true, at, null, "接任联片领导");
        }
        Add("zone", areas.First(a => a.Index == 0).Code, "person", org.UrbanDeputy.Code, "department", false, Base, null, "协助联片");
        Villages(unowned);
        var groups = t.Zones.Where(z => z.Level == "group").ToList();
        for (var i = 0; i < groups.Count; i++)
            Add("zone", groups[i].Code, "person", org.GridWorkers[i].Code, "grid_worker", true, Base.AddMonths(2), null, "网格员");
        Roads();
        Shops();
        var sorted = t.Assignments.OrderBy(a => a.TargetKind, StringComparer.Ordinal).ThenBy(a => a.TargetCode, StringComparer.Ordinal)
            .ThenBy(a => a.ValidFrom).ThenBy(a => a.OwnerCode, StringComparer.Ordinal).ToList();
        t.Assignments.Clear();
        t.Assignments.AddRange(sorted);
    }

    private void Villages(VillageSite unowned)
    {
        foreach (var v in layout.Villages.OrderBy(v => v.Code, StringComparer.Ordinal))
        {
            var head = org.VillageHeads[v.Index];
            var from = Base.AddDays(rng.Between(0, 40));
            if (v == unowned)
            {
                // Planted: the 村支书 left and nobody took over — no active primary owner.
                var end = t.Reference.Date.AddDays(-43);
                Add("zone", v.Code, "person", head.Code, "village_cadre", true, from, end, "原村党总支书记退休，接任人选待定");
                continue;
            }
            if (v.IsCommunity || rng.Chance(0.3))
            {
                Add("zone", v.Code, "unit", org.Committees[v.Index].Code, "responsible_unit", true, from, null, "村(居)委会属地负责");
                Add("zone", v.Code, "person", head.Code, "village_cadre", false, from, null, null);
            }
            else
            {
                Add("zone", v.Code, "person", head.Code, "village_cadre", true, from, null, "村干部包村");
            }
            if (org.VillageDirectors.TryGetValue(v.Index, out var director))
                Add("zone", v.Code, "person", director.Code, "village_cadre", false, from, null, "协助");
        }
    }

    private void Roads()
    {
        var owners = new (string Name, Unit Unit)[]
        {
            ("人民路", org.UrbanOffice), ("解放路", org.LawEnforcement), ("建设路", org.ConstructionOffice),
            ("文化路", org.MarketSupervision), ("新华路", org.SanitationOffice),
        };
        foreach (var s in t.Roads)
        {
            var unit = owners.FirstOrDefault(o => o.Name == s.Name).Unit
                ?? (s.Class == "highway" ? org.ConstructionOffice : s.Class == "secondary" ? org.AgricultureOffice : null);
            if (unit == null) continue;
            Add("road", s.Code, "unit", unit.Code, "department", true, Base.AddMonths(1), null, "部门包联路段");
            if (s.Name == "人民路")
                Add("road", s.Code, "unit", org.CleaningCompany.Code, "responsible_unit", false, Base.AddMonths(1), null, "保洁责任单位");
        }
    }

    private void Shops()
    {
        var k = 0;
        foreach (var shop in t.Shops)
        {
            if (!rng.Chance(0.65)) continue;
            var cadre = org.Cadres[k++ % org.Cadres.Count];
            Add("shop", shop.Code, "person", cadre.Code, "cadre", true, Base.AddMonths(3), null, "干部包门店(门前三包)");
        }
    }

    private void Add(string kind, string target, string ownerKind, string owner, string role, bool primary, DateTime from, DateTime? to, string? note) =>
        t.Assignments.Add(new Assignment(kind, target, ownerKind, owner, role, primary, from, to, note));
}
