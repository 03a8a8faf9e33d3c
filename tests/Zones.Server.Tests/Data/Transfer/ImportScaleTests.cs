using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>
/// Issue #4 §5: bulk imports scale linearly (COPY into staging, set-based checks, one INSERT … SELECT).
/// 20 000 rows keep the suite quick; most of the time goes to the per-row audit and foreign-key
/// triggers of zones.asset, not to the import.
/// </summary>
[Collection(TransferCollection.Name)]
public class ImportScaleTests(TransferDatabase db) : TransferTests(db)
{
    static string Assets(int count)
    {
        var csv = new StringBuilder("编号,名称,类型,状态,养护单位,经度,纬度\n");
        for (var i = 0; i < count; i++)
            csv.Append(CultureInfo.InvariantCulture, $"BULK-{i:D6},垃圾箱{i},垃圾箱,完好,U003,{119.79 + i % 300 * 0.0001},{31.02 + i / 300 * 0.0001}\n");
        return csv.ToString();
    }

    [Fact]
    public async Task Twenty_thousand_assets_import_in_one_transaction_well_within_a_minute()
    {
        var clock = Stopwatch.StartNew();
        var report = await Db.ImportAsync(TransferTarget.Assets, Assets(20_000));
        Assert.Equal(20_000, report.Written);
        // Generous for a shared, busy 2-core machine; a few seconds on an idle one.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }
}
