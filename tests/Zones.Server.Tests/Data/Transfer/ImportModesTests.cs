using Zones.Server.Data;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>Insert, update and upsert by key; what is the same is left alone; the report says what changes, field by field.</summary>
[Collection(TransferCollection.Name)]
public class ImportModesTests(TransferDatabase db) : TransferTests(db)
{
    const string Line = "\"LINESTRING(119.8 31.035, 119.81 31.035)\"";
    static readonly Actor Importer = Actor.System with { Name = "importer-wang" };

    Task<ImportReport> RoadsAsync(string rows, ImportMode mode, bool dryRun = false) =>
        Db.ImportAsync(TransferTarget.Roads, "编码,名称,等级,WKT\n" + rows, r => r with { Mode = mode, DryRun = dryRun }, actor: Importer);

    Task<long> AuditRowsAsync(string table) =>
        Db.ScalarAsync<long>($"SELECT count(*) FROM zones.audit_log WHERE table_name = '{table}' AND actor = 'importer-wang'");

    [Fact]
    public async Task Upsert_adds_new_codes_and_changes_existing_ones_field_by_field()
    {
        var report = await RoadsAsync($"R001,人民东路,主干路,{Line}\nR002,新街,支路,\"LINESTRING(119.80 31.03, 119.81 31.03)\"", ImportMode.Upsert);
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal((1, 1, 0, 2), (report.Added, report.Changed, report.Unchanged, report.Written));
        var change = report.Changes.Single(c => c.Action == "change");
        Assert.Equal((2, "R001"), (change.Row, change.Key));
        Assert.Equal([new FieldChange("名称", "人民路", "人民东路")], change.Fields);
        Assert.Equal("人民东路 v2", await Db.ScalarAsync<string>("SELECT name || ' v' || version FROM zones.road WHERE code = 'R001'"));
    }

    [Fact]
    public async Task A_row_equal_to_the_database_is_same_and_is_not_written()
    {
        var report = await RoadsAsync($"R001,人民路,主干路,{Line}", ImportMode.Upsert);
        Assert.Equal((0, 0, 1, 0), (report.Added, report.Changed, report.Unchanged, report.Written));
        Assert.Equal("same", report.Changes.Single().Action);
        Assert.Equal(0, await AuditRowsAsync("road"));
    }

    [Fact]
    public async Task Update_rejects_a_code_the_township_does_not_have()
    {
        var report = await RoadsAsync($"R001,人民东路,主干路,{Line}\nR404,无名路,支路,{Line}", ImportMode.Update);
        var problem = report.Problems.Single();
        Assert.Equal((3, "NOT_FOUND", "编码"), (problem.Row, problem.Code, problem.Field));
        Assert.Contains("upsert", problem.Message);
        Assert.Equal("人民路", await Db.ScalarAsync<string>("SELECT name FROM zones.road WHERE code = 'R001'"));
    }

    [Fact]
    public async Task Insert_still_rejects_an_existing_code_as_a_duplicate() =>
        Assert.Equal("DUPLICATE", (await RoadsAsync($"R001,人民东路,主干路,{Line}", ImportMode.Insert)).Problems.Single().Code);

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_writes_nothing()
    {
        var report = await RoadsAsync($"R001,人民路,支路,{Line}", ImportMode.Update, dryRun: true);
        Assert.Equal((1, 0), (report.Changed, report.Written));
        Assert.Equal(new FieldChange("等级", "arterial", "branch"), report.Changes.Single().Fields.Single());
        Assert.Equal("arterial", await Db.ScalarAsync<string>("SELECT class FROM zones.road WHERE code = 'R001'"));
    }

    [Fact]
    public async Task A_zone_changed_by_import_keeps_its_history_and_the_audit_log_names_the_importer()
    {
        var report = await Db.ImportAsync(TransferTarget.Zones,
            "编码,名称,层级,上级编码,版本,WKT\n999999004000001,东片区（新）,片区,999999004000,1," +
            "\"MULTIPOLYGON(((119.805 31.02,119.82 31.02,119.82 31.05,119.805 31.05,119.805 31.02)))\"",
            r => r with { Mode = ImportMode.Upsert }, actor: Importer);
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal(1, report.Changed);
        Assert.Equal("东片区（新） v2, history 东片区", await Db.ScalarAsync<string>("""
            SELECT z.name || ' v' || z.version || ', history ' || h.name FROM zones.zone z JOIN zones.zone_history h ON h.zone_id = z.id
            WHERE z.code = '999999004000001'
            """));
        Assert.Equal(1, await AuditRowsAsync("zone"));
    }

    [Fact]
    public async Task A_zone_row_with_an_older_version_than_the_database_is_a_version_conflict()
    {
        await Db.ExecuteAsync("UPDATE zones.zone SET name = '东片区（别人改的）' WHERE code = '999999004000001'");
        var report = await Db.ImportAsync(TransferTarget.Zones,
            "编码,名称,层级,上级编码,版本,WKT\n999999004000001,东片区（我改的）,片区,999999004000,1," +
            "\"MULTIPOLYGON(((119.805 31.02,119.82 31.02,119.82 31.05,119.805 31.05,119.805 31.02)))\"",
            r => r with { Mode = ImportMode.Upsert });
        var problem = report.Problems.Single();
        Assert.Equal(("VERSION_CONFLICT", "版本"), (problem.Code, problem.Field));
        Assert.Contains("1 → 2", problem.Message);
    }

    [Fact]
    public async Task A_column_the_file_lacks_keeps_its_value_in_the_database()
    {
        await Db.ImportAsync(TransferTarget.Assets, "编码,名称,类型,状态,经度,纬度\nA-0001,南街垃圾箱,垃圾箱,完好,119.805,31.035");
        var report = await Db.ImportAsync(TransferTarget.Assets, "编码,类型,状态,经度,纬度\nA-0001,垃圾箱,损坏,119.805,31.035",
                                          r => r with { Mode = ImportMode.Update });
        Assert.Equal([new FieldChange("状态", "good", "damaged")], report.Changes.Single().Fields);
        Assert.Equal("南街垃圾箱 damaged", await Db.ScalarAsync<string>("SELECT name || ' ' || status FROM zones.asset WHERE identifier = 'A-0001'"));
    }

    [Fact]
    public async Task Complaints_are_only_ever_inserted() =>
        Assert.Equal("INVALID_MODE", (await Db.ImportAsync(TransferTarget.Complaints, "描述,经度,纬度\n路灯不亮,119.805,31.035",
                                                           r => r with { Mode = ImportMode.Upsert })).Problems.Single().Code);
}
