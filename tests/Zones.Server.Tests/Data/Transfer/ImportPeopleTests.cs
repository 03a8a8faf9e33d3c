using Zones.Server.Data;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>Units and the 花名册 from tables with the headers township offices use.</summary>
[Collection(TransferCollection.Name)]
public class ImportPeopleTests(TransferDatabase db) : TransferTests(db)
{
    Task<ImportReport> UnitsAsync(string text, ImportMode mode = ImportMode.Insert) =>
        Db.ImportAsync(TransferTarget.Units, text, r => r with { Mode = mode });

    Task<ImportReport> PeopleAsync(string text, ImportMode mode = ImportMode.Insert) =>
        Db.ImportAsync(TransferTarget.People, text, r => r with { Mode = mode });

    [Fact]
    public async Task Units_name_their_parent_by_name_even_when_the_parent_comes_later_in_the_file()
    {
        var report = await UnitsAsync("单位编码,单位名称,单位类型,联系电话,上级单位\n" +
                                      "U020,综治办,部门,0572-1234567,桑溪镇人民政府\n" +
                                      "U001,桑溪镇人民政府,政府,,");
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("U020 department ← U001", await Db.ScalarAsync<string>("""
            SELECT u.code || ' ' || u.kind || ' ← ' || p.code FROM zones.unit u JOIN zones.unit p ON p.id = u.parent_id WHERE u.code = 'U020'
            """));
    }

    [Fact]
    public async Task A_parent_named_by_a_name_two_units_have_is_rejected_naming_both()
    {
        var problem = (await UnitsAsync("编码,名称,类型,上级单位\nU021,三号楼物业组,物业,同名物业")).Problems.Single();
        Assert.Equal("AMBIGUOUS", problem.Code);
        Assert.Contains("同名物业（编码 U901）、同名物业（编码 U902）", problem.Message);
    }

    [Fact]
    public async Task A_roster_without_codes_gets_stable_codes_so_importing_it_again_changes_nothing()
    {
        const string roster = "姓名,单位,职务,联系电话\n王伟,桑溪镇环境卫生管理所,所长,13800000001\n李娜,U004,网格员,13800000002";
        var first = await PeopleAsync(roster);
        Assert.True(first.Succeeded, ImportReportText.Format(first));
        Assert.All(first.Changes, c => Assert.Matches("^P[0-9A-F]{8}$", c.Key));
        var again = await PeopleAsync(roster, ImportMode.Upsert);
        Assert.Equal((0, 0, 2), (again.Added, again.Changed, again.Unchanged));
        Assert.Equal("王伟 所长 U003", await Db.ScalarAsync<string>("""
            SELECT p.name || ' ' || p.title || ' ' || u.code FROM zones.person p JOIN zones.unit u ON u.id = p.unit_id WHERE p.name = '王伟'
            """));
    }

    [Fact]
    public async Task A_roster_row_without_a_code_updates_the_one_person_of_that_name_in_that_unit()
    {
        await Db.ExecuteAsync("""
            INSERT INTO zones.person (township_code, code, name, title, unit_id)
            SELECT '999999004000', 'P100', '王伟', '副所长', id FROM zones.unit WHERE code = 'U003' AND township_code = '999999004000'
            """);
        var report = await PeopleAsync("姓名,单位,职务\n王伟,U003,所长", ImportMode.Upsert);
        Assert.Equal(("P100", "change"), (report.Changes.Single().Key, report.Changes.Single().Action));
        Assert.Equal([new FieldChange("职务", "副所长", "所长")], report.Changes.Single().Fields);
    }

    [Fact]
    public async Task The_same_name_twice_in_one_unit_without_codes_is_a_duplicate_in_the_file() =>
        Assert.Equal("DUPLICATE_IN_FILE", (await PeopleAsync("姓名,单位\n王伟,U003\n王伟,U003")).Problems.Single().Code);

    [Fact]
    public async Task A_person_whose_unit_name_two_units_have_is_rejected() =>
        Assert.Equal("AMBIGUOUS", (await PeopleAsync("编码,姓名,单位\nP001,王伟,同名物业")).Problems.Single().Code);

    [Fact]
    public async Task A_malformed_phone_is_rejected() =>
        Assert.Equal("INVALID_FORMAT", (await PeopleAsync("编码,姓名,联系电话\nP001,王伟,打我电话")).Problems.Single().Code);
}
