using Zones.Server.Data;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>The 包联表: targets and owners by code or name, roles and 主责 in Chinese, handover of the primary owner.</summary>
[Collection(TransferCollection.Name)]
public class ImportAssignmentsTests(TransferDatabase db) : TransferTests(db)
{
    const string Header = "包联对象,对象类型,责任人,责任单位,角色,主责,开始日期\n";
    static readonly Actor Importer = Actor.System with { Name = "importer-wang" };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Two 王伟 in two units: the 花名册 of every township has them.
        await Db.ImportAsync(TransferTarget.People, "编码,姓名,单位\nP001,王伟,U003\nP002,王伟,U004\nP003,李娜,U004");
    }

    Task<ImportReport> AssignAsync(string rows, ImportMode mode = ImportMode.Upsert) =>
        Db.ImportAsync(TransferTarget.Assignments, Header + rows, r => r with { Mode = mode }, actor: Importer);

    [Fact]
    public async Task A_person_named_by_a_name_two_people_have_is_rejected_naming_both_with_their_units_and_codes()
    {
        var problem = (await AssignAsync("东片区,片区,王伟,,网格员,协助,2026-03-01")).Problems.Single();
        Assert.Equal(("AMBIGUOUS", "责任人"), (problem.Code, problem.Field));
        Assert.Contains("王伟（桑溪镇环境卫生管理所，编码 P001）、王伟（桑溪镇路灯管理所，编码 P002）", problem.Message);
        Assert.Contains("人员编码", problem.Message);
    }

    [Fact]
    public async Task The_unit_column_tells_two_people_of_one_name_apart()
    {
        var report = await AssignAsync("东片区,片区,王伟,桑溪镇路灯管理所,网格员,协助,2026-03-01");
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("P002 grid_worker false", await Db.ScalarAsync<string>("""
            SELECT p.code || ' ' || a.role || ' ' || a.is_primary FROM zones.assignment a JOIN zones.person p ON p.id = a.person_id
            """));
    }

    [Fact]
    public async Task A_new_primary_owner_hands_over_the_old_one_ends_when_the_new_one_starts()
    {
        var report = await AssignAsync("999999004000001,,P003,,干部,主责,2026-03-01");
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("U003 2026-03-01|P003 ", await Db.ScalarAsync<string>("""
            SELECT string_agg(coalesce(p.code, u.code) || ' ' || coalesce(to_char(a.valid_to AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), ''), '|'
                              ORDER BY a.valid_from)
            FROM zones.assignment a LEFT JOIN zones.person p ON p.id = a.person_id LEFT JOIN zones.unit u ON u.id = a.unit_id
            WHERE a.is_primary
            """));
        Assert.Equal("insert,update", await Db.ScalarAsync<string>(
            "SELECT string_agg(action, ',' ORDER BY action) FROM zones.audit_log WHERE table_name = 'assignment' AND actor = 'importer-wang'"));
    }

    [Fact]
    public async Task A_primary_owner_starting_before_the_current_one_cannot_take_over()
    {
        var problem = (await AssignAsync("东片区,片区,P003,,干部,是,2019-01-01")).Problems.Single();
        Assert.Equal("CONSTRAINT_VIOLATION", problem.Code);
        Assert.Contains("桑溪镇环境卫生管理所 2020-01-01", problem.Message);
    }

    [Fact]
    public async Task Two_primary_owners_of_one_target_from_the_same_day_are_rejected() =>
        Assert.Equal("CONSTRAINT_VIOLATION", (await AssignAsync("R001,路段,P001,,干部,是,2026-03-01\nR001,路段,P003,,干部,是,2026-03-01"))
            .Problems.Single().Code);

    [Fact]
    public async Task A_unit_owner_roles_in_Chinese_and_a_road_by_its_name()
    {
        var report = await AssignAsync("人民路,,,桑溪镇路灯管理所,责任单位,是,2026-01-01");
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("road R001 U004 responsible_unit true", await Db.ScalarAsync<string>("""
            SELECT a.target_kind || ' ' || r.code || ' ' || u.code || ' ' || a.role || ' ' || a.is_primary
            FROM zones.assignment a JOIN zones.road r ON r.id = a.road_id JOIN zones.unit u ON u.id = a.unit_id
            """));
    }

    [Fact]
    public async Task A_target_nothing_has_is_rejected() =>
        Assert.Equal("NOT_FOUND", (await AssignAsync("不存在的村,片区,P001,,干部,是,2026-01-01")).Problems.Single().Code);

    [Fact]
    public async Task An_existing_assignment_is_found_by_target_owner_role_and_start_date_and_only_its_end_changes()
    {
        var report = await Db.ImportAsync(TransferTarget.Assignments, "包联对象,责任单位,角色,主责,开始日期,结束日期\n999999004000001,U003,部门,是,2020-01-01,2026-06-30",
                                          r => r with { Mode = ImportMode.Update });
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal([new FieldChange("结束日期", null, "2026-06-30")], report.Changes.Single().Fields);
        Assert.Equal(1L, await Db.ScalarAsync<long>("SELECT count(*) FROM zones.assignment WHERE valid_to IS NOT NULL"));
    }
}
