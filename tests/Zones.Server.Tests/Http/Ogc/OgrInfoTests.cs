using System.Text.RegularExpressions;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// GDAL's OAPIF driver, a real OGC API Features client, reads our /ogc from a real Kestrel socket:
/// it must list every collection and count as many features as the database holds.
/// </summary>
[Collection(PostgisCollection.Name)]
public partial class OgrInfoTests(PostgisFixture pg)
{
    [GeneratedRegex(@"^\d+: (\w+)", RegexOptions.Multiline)]
    private static partial Regex LayerLine();

    [GeneratedRegex(@"Feature Count: (\d+)")]
    private static partial Regex FeatureCount();

    static async Task<string> OgrInfoAsync(params string[] args)
    {
        var result = await ProcessRunner.RunAsync("ogrinfo", ["-ro", "--config", "GDAL_HTTP_TIMEOUT", "30", .. args], timeoutSeconds: 120);
        Assert.True(result.ExitCode == 0, $"ogrinfo failed ({result.ExitCode}): {result.Stderr}");
        return result.Stdout;
    }

    [Fact]
    public async Task Ogrinfo_lists_the_five_collections_and_counts_what_the_database_holds()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        app.UseKestrel(0);
        app.StartServer();
        var ogc = $"OAPIF:{app.ClientOptions.BaseAddress.ToString().TrimEnd('/')}/ogc";

        var layers = LayerLine().Matches(await OgrInfoAsync(ogc)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["zones", "roads", "assets", "complaints", "shops"], layers);

        foreach (var (layer, sql) in new[] {
                     ("zones", "SELECT count(*) FROM zones.zone WHERE valid_to IS NULL"),
                     ("roads", "SELECT count(*) FROM zones.road"),
                     ("assets", "SELECT count(*) FROM zones.asset"),
                     ("complaints", "SELECT count(*) FROM zones.complaint"),
                     ("shops", "SELECT count(*) FROM zones.shop WHERE retired_at IS NULL") })
        {
            var summary = await OgrInfoAsync("-so", ogc, layer);
            Assert.Equal(await pg.ScalarAsync<long>(sql), long.Parse(FeatureCount().Match(summary).Groups[1].Value));
        }
    }
}
