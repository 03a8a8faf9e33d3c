using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>The township's units and people, with handles on the ones the rest of the generator needs.</summary>
internal sealed class Org
{
    public required Unit Government { get; init; }
    public required Unit UrbanOffice { get; init; }
    public required Unit SanitationOffice { get; init; }
    public required Unit LightingOffice { get; init; }
    public required Unit ConstructionOffice { get; init; }
    public required Unit LawEnforcement { get; init; }
    public required Unit AgricultureOffice { get; init; }
    public required Unit MarketSupervision { get; init; }
    public required Unit CleaningCompany { get; init; }
    public required Unit LightingCompany { get; init; }
    public required Unit PropertyCompany { get; init; }
    /// <summary>村民委员会 / 居民委员会 by village index.</summary>
    public Dictionary<int, Unit> Committees { get; } = [];

    public Person Mayor { get; set; } = null!;
    /// <summary>Leaders (副镇长, 党委副书记 …) who 联片 the areas; one more than there are areas, for the handover.</summary>
    public List<Person> Leaders { get; } = [];
    public Person UrbanDirector { get; set; } = null!;
    public Person UrbanDeputy { get; set; } = null!;
    public List<Person> Receptionists { get; } = [];
    public Person DutyChief { get; set; } = null!;
    public Person Dispatcher { get; set; } = null!;
    public List<Person> Inspectors { get; } = [];
    /// <summary>Department heads and staff who 包门店 (cadres).</summary>
    public List<Person> Cadres { get; } = [];
    /// <summary>村支书 / 社区书记 by village index.</summary>
    public Dictionary<int, Person> VillageHeads { get; } = [];
    /// <summary>村主任 by village index (only some villages have one in the roster).</summary>
    public Dictionary<int, Person> VillageDirectors { get; } = [];
    public List<Person> GridWorkers { get; } = [];
}
