using System.Text;
using Zones.Server.Data;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>
/// Export → change a cell in Excel → import with upsert: exactly that row changes, the audit log
/// names the importer, and every other row is left alone (issue #11 §4).
/// </summary>
[Collection(TransferCollection.Name)]
public class RoundTripTests(TransferDatabase db) : TransferTests(db)
{
    static readonly Actor Clerk = Actor.System with { Name = "clerk-zhao" };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Db.ImportAsync(TransferTarget.Roads, "编码,名称,等级,WKT\nR002,新街,支路,\"LINESTRING(119.80 31.03, 119.81 31.03)\"");
        await Db.ImportAsync(TransferTarget.Assets, "编码,名称,类型,状态,养护单位,经度,纬度\nA-0001,南街垃圾箱,垃圾箱,完好,U003,119.805,31.035\n" +
                                                    "A-0002,北街路灯,路灯,完好,U004,119.806,31.036");
        await Db.ImportAsync(TransferTarget.People, "编码,姓名,职务,联系电话,单位\nP001,王伟,所长,13800000001,U003\nP002,李娜,网格员,,U004");
        await Db.ImportAsync(TransferTarget.Assignments, "包联对象,对象类型,责任人,角色,主责,开始日期,备注\nR002,路段,P002,网格员,是,2025-03-01,早晚巡查");
    }

    // One cell edited as a clerk would in Excel: a value replaced in the exported CSV.
    [Theory]
    [InlineData(TransferTarget.Zones, "东片区", "东片区（扩）", "zone")]
    [InlineData(TransferTarget.Roads, "新街", "新华街", "road")]
    [InlineData(TransferTarget.Assets, "北街路灯,路灯,,0118,完好", "北街路灯,路灯,,0118,不亮", "asset")]
    [InlineData(TransferTarget.Units, "桑溪镇路灯管理所,部门,", "桑溪镇路灯管理所,部门,0572-7654321", "unit")]
    [InlineData(TransferTarget.People, "李娜,网格员", "李娜,专职网格员", "person")]
    [InlineData(TransferTarget.Assignments, "早晚巡查", "每日巡查", "assignment")]
    public async Task An_export_with_one_cell_changed_imports_back_changing_exactly_that_row(TransferTarget target, string cell, string edited, string table)
    {
        var csv = Encoding.UTF8.GetString(await Db.ExportAsync(new ExportRequest(target, TransferFormat.Csv) { TownshipCode = TransferDatabase.Township }));
        Assert.Contains(cell, csv);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        var lastAudit = await Db.ScalarAsync<long>("SELECT coalesce(max(id), 0) FROM zones.audit_log");

        var report = await Db.ImportAsync(target, csv.Replace(cell, edited), r => r with { Mode = ImportMode.Upsert }, actor: Clerk);

        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal((0, 1, rows - 1), (report.Added, report.Changed, report.Unchanged));
        Assert.Equal($"{table} update clerk-zhao", await Db.ScalarAsync<string>(
            $"SELECT string_agg(table_name || ' ' || action || ' ' || actor, ', ') FROM zones.audit_log WHERE id > {lastAudit}"));
    }
}
