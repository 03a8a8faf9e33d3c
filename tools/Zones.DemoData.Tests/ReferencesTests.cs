namespace Zones.DemoData.Tests;

[Collection("demo")]
public sealed class ReferencesTests(DemoFixture demo)
{
    private HashSet<string?> ZoneCodes => demo.Zones.Select(z => z.Str("code")).ToHashSet();
    private HashSet<string?> UnitCodes => demo.Units.Select(u => u["code"]).ToHashSet();

    [Fact]
    public void Codes_are_unique_within_each_file()
    {
        Assert.Equal(demo.Zones.Count, ZoneCodes.Count);
        Assert.Equal(demo.Roads.Count, demo.Roads.Select(r => r.Str("code")).Distinct().Count());
        Assert.Equal(demo.Units.Count, UnitCodes.Count);
        Assert.Equal(demo.People.Count, demo.People.Select(p => p["code"]).Distinct().Count());
        Assert.Equal(demo.Assets.Count, demo.Assets.Select(a => a.Str("identifier")).Distinct().Count());
        Assert.Equal(demo.Complaints.Count, demo.Complaints.Select(c => c["case_number"]).Distinct().Count());
    }

    [Fact]
    public void Zone_parents_exist_and_sit_one_level_up()
    {
        var level = demo.Zones.ToDictionary(z => z.Str("code")!, z => z.Str("level"));
        var up = new Dictionary<string, string> { ["area"] = "township", ["village"] = "area", ["group"] = "village" };
        Assert.All(demo.Zones.Where(z => z.Str("level") != "township"), z => Assert.Equal(up[z.Str("level")!], level[z.Str("parent_code")!]));
        Assert.Null(Assert.Single(demo.Level("township")).Str("parent_code"));
    }

    [Fact]
    public void Units_people_and_assets_point_at_existing_codes()
    {
        var roads = demo.Roads.Select(r => r.Str("code")).ToHashSet();
        Assert.All(demo.Units.Where(u => u["parent_code"] != null), u => Assert.Contains(u["parent_code"], UnitCodes));
        Assert.All(demo.People, p => Assert.Contains(p["unit_code"], UnitCodes));
        Assert.All(demo.Assets.Where(a => a.Str("maintainer_unit_code") != null), a => Assert.Contains(a.Str("maintainer_unit_code"), UnitCodes));
        Assert.All(demo.Assets, a => Assert.Contains(a.Str("owner_unit_code"), UnitCodes));
        Assert.All(demo.Assets.Where(a => a.Str("road_code") != null), a => Assert.Contains(a.Str("road_code"), roads));
    }

    [Fact]
    public void Assignments_point_at_existing_targets_and_owners()
    {
        var targets = new Dictionary<string, HashSet<string?>>
        {
            ["zone"] = ZoneCodes, ["road"] = demo.Roads.Select(r => r.Str("code")).ToHashSet(),
            ["asset"] = demo.Assets.Select(a => a.Str("identifier")).ToHashSet(), ["shop"] = demo.Shops.Select(s => s.Str("code")).ToHashSet(),
        };
        var people = demo.People.Select(p => p["code"]).ToHashSet();
        Assert.All(demo.Assignments, a => Assert.Contains(a["target_code"], targets[a["target_kind"]!]));
        Assert.All(demo.Assignments, a => Assert.Contains(a["owner_code"], a["owner_kind"] == "person" ? people : UnitCodes));
    }

    [Fact]
    public void Complaint_assets_exist_and_match_the_category()
    {
        var kinds = demo.Assets.ToDictionary(a => a.Str("identifier")!, a => a.Str("kind"));
        var expected = new Dictionary<string, string> { ["0305"] = "bin", ["0107"] = "bin", ["0118"] = "streetlight", ["0120"] = "landscape_light", ["0301"] = "toilet", ["0302"] = "toilet", ["0304"] = "garbage_room" };
        Assert.All(demo.Complaints.Where(c => c["asset_identifier"] != null), c => Assert.Equal(expected[c["category_code"]!], kinds[c["asset_identifier"]!]));
        Assert.All(demo.Complaints.Where(c => c["category_kind"] == "component" && c["category_code"] != "0303"), c => Assert.NotNull(c["asset_identifier"]));
    }
}
