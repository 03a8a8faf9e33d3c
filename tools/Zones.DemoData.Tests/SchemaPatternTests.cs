using System.Text.Json;
using System.Text.RegularExpressions;
using Zones.DemoData.Core;

namespace Zones.DemoData.Tests;

/// <summary>Every value satisfies the CHECK constraints of data/migrations/0001_create_schema.sql (patterns copied from it).</summary>
[Collection("demo")]
public sealed partial class SchemaPatternTests(DemoFixture demo)
{
    [GeneratedRegex("^[0-9]{6,18}$")] private static partial Regex ZoneCode();
    [GeneratedRegex("^[0-9+() -]{5,24}$")] private static partial Regex Phone();
    [GeneratedRegex("^[0-9]{4}$")] private static partial Regex ClassCode();
    [GeneratedRegex("^[0-9A-Za-z-]{4,32}$")] private static partial Regex Identifier();
    [GeneratedRegex("^[CE][0-9]{4}[0-9]{8}[0-9]{2,6}$")] private static partial Regex CaseNumber();
    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")] private static partial Regex Timestamp();
    [GeneratedRegex("^1[358][0-9]{9}$")] private static partial Regex Mobile();

    [Fact]
    public void Zone_values_match_the_zone_checks()
    {
        var township = Assert.Single(demo.Level("township")).Str("code")!;
        Assert.Matches("^[0-9]{12}$", township);
        Assert.All(demo.Zones, z => Assert.Matches(ZoneCode(), z.Str("code")!));
        Assert.All(demo.Zones, z => Assert.Contains(z.Str("level"), new[] { "county", "township", "area", "village", "group" }));
        Assert.All(demo.Zones, z => Assert.Equal("published", z.Str("status")));
        Assert.All(demo.Zones.Where(z => z.Str("level") is "area" or "village"), z => Assert.Matches("^" + township + "[0-9]{3}$", z.Str("code")!));
        Assert.All(demo.Level("group"), z => Assert.Matches("^" + z.Str("parent_code") + "[0-9]{3}$", z.Str("code")!));
    }

    [Fact]
    public void Units_people_and_shops_have_schema_kinds_and_phones()
    {
        string[] kinds = ["government", "department", "village_committee", "company", "property_management", "other"];
        Assert.All(demo.Units, u => Assert.Contains(u["kind"], kinds));
        Assert.All(demo.Units.Select(u => u["phone"]).Concat(demo.People.Select(p => p["phone"])).Concat(demo.Shops.Select(s => s.Str("phone"))),
            p => Assert.Matches(Phone(), p!));
        Assert.All(demo.People.Select(p => p["phone"]).Concat(demo.Shops.Select(s => s.Str("phone"))), p => Assert.Matches(Mobile(), p!));
        Assert.All(demo.Roads, r => Assert.Contains(r.Str("class"), new[] { "arterial", "secondary", "branch", "village", "highway" }));
    }

    [Fact]
    public void Assets_match_the_asset_checks()
    {
        var county = Assert.Single(demo.Level("township")).Str("code")![..6];
        Assert.All(demo.Assets, a => Assert.Matches(ClassCode(), a.Str("class_code")!));
        Assert.All(demo.Assets, a => Assert.Matches(Identifier(), a.Str("identifier")!));
        Assert.All(demo.Assets, a => Assert.Matches("^" + county + a.Str("class_code") + "[0-9]{6}$", a.Str("identifier")!));
        Assert.All(demo.Assets, a => Assert.Contains(a.Str("status"), new[] { "good", "damaged", "unlit", "lost", "abandoned" }));
        Assert.All(demo.Assets.Where(a => a.Str("status") == "unlit"), a => Assert.Contains(a.Str("kind"), new[] { "streetlight", "landscape_light" }));
        Assert.All(demo.Assets.Where(a => a.Str("kind") == "toilet"), a => Assert.Contains(a.Str("subtype"), new[] { "flush", "dry", "mobile" }));
        Assert.All(demo.Assets, a => Assert.Equal(a.Str("status") != "good", a.Str("status_since") != null));
        Assert.All(demo.Assets, a => Assert.Equal(JsonValueKind.Object, a.Properties.GetProperty("attributes").ValueKind));
    }

    [Fact]
    public void Street_light_pole_heights_are_json_numbers_from_six_to_twelve()
    {
        foreach (var a in demo.Assets.Where(a => a.Str("kind") is "streetlight" or "landscape_light"))
        {
            var h = a.Properties.GetProperty("attributes").GetProperty("pole_height_m");
            Assert.Equal(JsonValueKind.Number, h.ValueKind);
            Assert.InRange(h.GetDouble(), a.Str("kind") == "streetlight" ? 6 : 2, a.Str("kind") == "streetlight" ? 12 : 30);
        }
    }

    [Fact]
    public void Assignments_match_the_checks_and_primaries_never_overlap()
    {
        Assert.All(demo.Assignments, a => Assert.Contains(a["role"], new[] { "leader", "department", "responsible_unit", "grid_worker", "cadre", "village_cadre" }));
        Assert.All(demo.Assignments, a => Assert.Contains(a["target_kind"], new[] { "zone", "road", "asset", "shop" }));
        Assert.All(demo.Assignments, a => Assert.True(a["valid_to"] == null || string.CompareOrdinal(a["valid_to"], a["valid_from"]) > 0));
        foreach (var g in demo.Assignments.Where(a => a["is_primary"] == "true").GroupBy(a => (a["target_kind"], a["target_code"])))
        {
            var rows = g.OrderBy(a => a["valid_from"], StringComparer.Ordinal).ToList();
            for (var i = 1; i < rows.Count; i++)
                Assert.True(rows[i - 1]["valid_to"] != null && string.CompareOrdinal(rows[i - 1]["valid_to"], rows[i]["valid_from"]) <= 0, g.Key.ToString());
        }
    }

    [Fact]
    public void Complaints_and_events_match_the_checks()
    {
        var categories = Category.All.Select(c => (c.Kind, c.Code)).ToHashSet();
        Assert.All(demo.Complaints, c => Assert.Matches(CaseNumber(), c["case_number"]!));
        Assert.All(demo.Complaints, c => Assert.Contains((c["category_kind"]!, c["category_code"]!), categories));
        Assert.All(demo.Complaints, c => Assert.Contains(c["source"], new[] { "citizen", "hotline_12345", "inspection", "assigned", "media", "open311" }));
        Assert.All(demo.Complaints, c => Assert.Contains(c["urgency"], new[] { "normal", "urgent" }));
        Assert.All(demo.Complaints.Where(c => c["reporter_phone"] != null), c => Assert.Matches(Phone(), c["reporter_phone"]!));
        Assert.All(demo.Complaints, c => Assert.InRange(c["description"]!.Trim().Length, 1, 4000));
        string[] actions = ["receive", "register", "dispatch", "dispose", "feedback", "verify", "close", "return", "extend", "shelve", "resume", "void", "rework", "transfer"];
        Assert.All(demo.Events, e => Assert.Contains(e["action"], actions));
        Assert.All(demo.Events, e => Assert.False(string.IsNullOrWhiteSpace(e["actor"])));
    }

    [Fact]
    public void Timestamps_carry_the_china_offset()
    {
        var values = demo.Complaints.SelectMany(c => new[] { c["reported_at"], c["deadline"], c["disposed_at"], c["closed_at"] })
            .Concat(demo.Events.Select(e => e["at"])).Concat(demo.Assignments.SelectMany(a => new[] { a["valid_from"], a["valid_to"] }))
            .Concat(demo.Assets.Select(a => a.Str("status_since")));
        Assert.All(values.Where(v => v != null), v => Assert.Matches(Timestamp(), v!));
        Assert.All(demo.Assets, a => Assert.Matches(@"^\d{4}-\d\d-\d\d$", a.Str("install_date")!));
    }

    [Fact]
    public void The_shipped_categories_are_those_of_the_seed_migration()
    {
        var sql = File.ReadAllText(Path.Combine(DeterminismTests.RepoRoot(), "data", "migrations", "0002_seed_categories.sql"));
        var rows = Regex.Matches(sql, @"\(NULL, '(\w+)',\s*'(\d{4})', '([^']+)',\s*'[^']*',\s*(?:NULL|'(\w+)'),\s*([\d.]+), '(\w+)'\)")
            .Select(m => new Category(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value,
                m.Groups[4].Success ? m.Groups[4].Value : null, double.Parse(m.Groups[5].Value, Fmt.Inv), m.Groups[6].Value)).ToList();
        Assert.Equal(rows, Category.All);
    }
}
