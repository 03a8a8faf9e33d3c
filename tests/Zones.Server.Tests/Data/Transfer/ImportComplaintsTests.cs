using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>Complaints: categories by code or name, case numbers kept or made, zone and owner found as at intake.</summary>
[Collection(TransferCollection.Name)]
public class ImportComplaintsTests(TransferDatabase db) : TransferTests(db)
{
    Task<ImportReport> ImportAsync(string text) => Db.ImportAsync(TransferTarget.Complaints, text);

    Task<string> CasesAsync() => Db.ScalarAsync<string>("""
        SELECT string_agg(concat_ws(' ', c.case_number, c.stage, z.code, u.code), ', ' ORDER BY c.reported_at, c.case_number)
        FROM zones.complaint c LEFT JOIN zones.zone z ON z.id = c.zone_id
        LEFT JOIN zones.unit u ON u.id = c.first_responsible_unit_id
        """);

    [Fact]
    public async Task The_12345_sample_in_GCJ02_gets_case_numbers_zones_and_first_responsible_parties()
    {
        var report = await Db.ImportAsync(TransferTarget.Complaints, File.ReadAllBytes(TransferDatabase.Sample("complaints_gcj02.csv")),
                                          r => r with { Crs = "GCJ02" });
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        Assert.Equal("E0107202405010001 received 999999004000, C0118202405020001 closed 999999004000, " +
                     "E0102202405030001 disposing 999999004000001 U003", await CasesAsync());
        Assert.Equal(3L, await Db.ScalarAsync<long>("SELECT count(*) FROM zones.complaint_event WHERE action = 'receive' AND actor = 'system'"));
    }

    [Fact]
    public async Task Made_case_numbers_continue_after_the_highest_one_taken()
    {
        await ImportAsync("案卷号,描述,上报时间,经度,纬度\nE0107202405010041,满溢,2024-05-01 09:00,119.81,31.03");
        await ImportAsync("问题类别,描述,上报时间,经度,纬度\n垃圾箱满溢,又满了,2024-05-01 10:00,119.81,31.03");
        Assert.EndsWith("E0107202405010042 received 999999004000001 U003", await CasesAsync());
    }

    [Fact]
    public async Task A_case_number_must_agree_with_the_category() =>
        Assert.Equal([(3, "INVALID_VALUE")], (await ImportAsync(
            "案卷号,类别代码,描述,经度,纬度\nC0305202405010007,0305,破了,119.81,31.03\nC0305202405010008,0107,不一致,119.81,31.03"))
            .Problems.Select(p => (p.Row!.Value, p.Code)));

    [Fact]
    public async Task A_closed_case_needs_its_closing_time() =>
        Assert.Equal("closed_at REQUIRED", (await ImportAsync("类别代码,描述,状态,经度,纬度\n0305,破了,结案,119.81,31.03"))
            .Problems.Select(p => $"{p.Field} {p.Code}").Single());

    [Fact]
    public async Task An_unknown_category_is_rejected() =>
        Assert.Equal("问题类别 NOT_FOUND", (await ImportAsync("问题类别,描述,经度,纬度\n井盖丢了,?,119.81,31.03"))
            .Problems.Select(p => $"{p.Field} {p.Code}").Single());
}
