using Zones.DemoData.Core;
using Zones.DemoData.Generation;
using Zones.DemoData.Model;

namespace Zones.DemoData.Complaints;

/// <summary>
/// Who works a case: 城管办 staff receive, register and dispatch; the disposing unit follows the
/// category (assets go to their maintainer, town sanitation to the cleaning company, village
/// sanitation to the 村委会, 占道经营 to 执法队 …). The loader finds the zone owner itself.
/// </summary>
internal sealed class ComplaintRouting(Org org, Locator locator)
{
    public CaseActors Actors(Rng rng, ComplaintDraft d, Township t)
    {
        var inspector = rng.Pick(org.Inspectors).Name;
        var receiver = d.Source == "inspection" ? inspector : rng.Pick(org.Receptionists).Name;
        var unit = Unit(d, t);
        Unit[] departments = [org.SanitationOffice, org.ConstructionOffice, org.LawEnforcement, org.AgricultureOffice, org.MarketSupervision, org.LightingOffice];
        var wrong = departments.Where(u => u.Name != unit).ToArray();
        return new CaseActors(receiver, org.DutyChief.Name, org.Dispatcher.Name, inspector, unit, rng.Pick(wrong).Name);
    }

    private string Unit(ComplaintDraft d, Township t)
    {
        if (d.Asset is { } asset)
            return t.Units.First(u => u.Code == (asset.MaintainerUnitCode ?? org.SanitationOffice.Code)).Name;
        var town = locator.InBuiltUp(d.At);
        var village = locator.Village(d.At);
        var committee = village?.Name + (village?.Level == "village" && village.Name.EndsWith("社区", StringComparison.Ordinal) ? "居民委员会" : "村民委员会");
        return d.Category.Code switch
        {
            "0102" or "0103" or "0104" or "0107" => town || village == null ? org.CleaningCompany.Name : committee,
            "0105" => org.AgricultureOffice.Name,
            "0106" => org.ConstructionOffice.Name,
            "0101" => org.LawEnforcement.Name,
            "0501" => town ? org.LawEnforcement.Name : org.MarketSupervision.Name,
            "0303" => org.SanitationOffice.Name,
            _ => org.UrbanOffice.Name,
        };
    }
}
