using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>Creates the units (镇政府, 城管办, 环卫所 … 村委会, companies) and their people.</summary>
internal sealed class OrgBuilder(TownshipSpec spec, Township t, Rng rng)
{
    private readonly HashSet<string> _names = [];

    public Org Build(VillageLayout layout)
    {
        var town = t.Name;
        var county = spec.CountyName[..^1];
        var gov = AddUnit(town + "人民政府", "government", null);
        Unit Dept(string name) => AddUnit(town + name, "department", gov.Code);
        var org = new Org
        {
            Government = gov,
            UrbanOffice = Dept("城市管理办公室"),
            SanitationOffice = Dept("环境卫生管理所"),
            LightingOffice = Dept("路灯管理所"),
            ConstructionOffice = Dept("村镇建设办公室"),
            LawEnforcement = Dept("综合行政执法队"),
            AgricultureOffice = Dept("农业农村办公室"),
            MarketSupervision = Dept("市场监督管理所"),
            CleaningCompany = AddUnit(county + rng.Pick(["绿洁", "清源", "美境", "洁美"]) + "环卫服务有限公司", "company", null),
            LightingCompany = AddUnit(county + rng.Pick(["明光", "光华", "亮源"]) + "照明工程有限公司", "company", null),
            PropertyCompany = AddUnit(county + rng.Pick(["锦华", "安居", "宜家"]) + "物业管理有限公司", "property_management", null),
        };
        foreach (var v in layout.Villages.OrderBy(v => v.Code, StringComparer.Ordinal))
        {
            var unit = AddUnit(v.Name + (v.IsCommunity ? "居民委员会" : "村民委员会"), "village_committee", gov.Code);
            org.Committees[v.Index] = unit;
            v.UnitCode = unit.Code;
        }
        return AddPeople(org, layout);
    }

    private Org AddPeople(Org org, VillageLayout layout)
    {
        AddPerson("党委书记", org.Government);
        org.Mayor = AddPerson("镇长", org.Government);
        string[] leaderTitles = ["党委副书记", "副镇长", "副镇长", "副镇长", "人大主席", "党委委员", "武装部长", "组织委员"];
        for (var i = 0; i <= layout.Areas.Count; i++) org.Leaders.Add(AddPerson(leaderTitles[i % leaderTitles.Length], org.Government));
        org.UrbanDirector = AddPerson("城管办主任", org.UrbanOffice);
        org.UrbanDeputy = AddPerson("城管办副主任", org.UrbanOffice);
        org.Receptionists.Add(AddPerson("受理员", org.UrbanOffice));
        org.Receptionists.Add(AddPerson("受理员", org.UrbanOffice));
        org.DutyChief = AddPerson("值班长", org.UrbanOffice);
        org.Dispatcher = AddPerson("派遣员", org.UrbanOffice);
        org.Inspectors.Add(AddPerson("监督员", org.UrbanOffice));
        org.Inspectors.Add(AddPerson("监督员", org.UrbanOffice));
        org.Cadres.Add(AddPerson("环卫所所长", org.SanitationOffice));
        AddPerson("路灯所所长", org.LightingOffice);
        org.Cadres.Add(AddPerson("村建办主任", org.ConstructionOffice));
        org.Cadres.Add(AddPerson("执法队队长", org.LawEnforcement));
        org.Cadres.Add(AddPerson("执法队员", org.LawEnforcement));
        org.Cadres.Add(AddPerson("农业农村办主任", org.AgricultureOffice));
        org.Cadres.Add(AddPerson("市场监管所所长", org.MarketSupervision));
        org.Cadres.Add(org.UrbanDeputy);
        AddPerson("项目经理", org.CleaningCompany);
        AddPerson("保洁班长", org.CleaningCompany);
        AddPerson("项目经理", org.LightingCompany);
        AddPerson("物业经理", org.PropertyCompany);
        foreach (var v in layout.Villages.OrderBy(v => v.Code, StringComparer.Ordinal))
        {
            var committee = org.Committees[v.Index];
            org.VillageHeads[v.Index] = AddPerson(v.IsCommunity ? "社区书记" : "村党总支书记", committee);
            if (rng.Chance(0.4)) org.VillageDirectors[v.Index] = AddPerson(v.IsCommunity ? "社区主任" : "村主任", committee);
        }
        return org;
    }

    /// <summary>A 网格员 for a group zone, in the village committee.</summary>
    public Person AddGridWorker(Unit committee) => AddPerson("网格员", committee);

    private Unit AddUnit(string name, string kind, string? parent)
    {
        var code = "U" + (t.Units.Count + 1).ToString("D3", Fmt.Inv);
        var phone = kind == "company" || kind == "property_management" && rng.Chance(0.5)
            ? Names.Mobile(rng)
            : spec.AreaCode + "-6" + rng.Next(1_000_000).ToString("D6", Fmt.Inv);
        var unit = new Unit(code, name, kind, phone, parent);
        t.Units.Add(unit);
        return unit;
    }

    private Person AddPerson(string title, Unit unit)
    {
        var code = "P" + (t.People.Count + 1).ToString("D3", Fmt.Inv);
        var person = new Person(code, Names.Person(rng, _names), title, Names.Mobile(rng), unit.Code);
        t.People.Add(person);
        return person;
    }
}
