using System.Text.RegularExpressions;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// GDAL as the client of Part 3 (issue #16's proof). GDAL 3.6.2's OAPIF driver pushes <c>-where</c>
/// to the server as <c>filter=…&amp;filter-lang=cql-text</c> when the API definition lists that
/// language and the queryables as parameters, and <c>-spat</c> as <c>bbox</c>; otherwise it
/// downloads everything and filters itself. Its debug log shows the URLs it fetched.
/// </summary>
[Collection(PostgisCollection.Name)]
public partial class OgrFilterTests(PostgisFixture pg)
{
    [GeneratedRegex(@"Fetch\((\S*/collections/assets/items\?\S*)\)\s*$", RegexOptions.Multiline)]
    private static partial Regex ItemsFetch();

    [GeneratedRegex(@"Feature Count: (\d+)")]
    private static partial Regex FeatureCount();

    [Fact]
    public async Task Ogr2ogr_pushes_where_as_cql2_and_spat_as_bbox_and_gets_the_rows_sql_counts()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        app.UseKestrel(0);
        app.StartServer();
        var ogc = $"OAPIF:{app.ClientOptions.BaseAddress.ToString().TrimEnd('/')}/ogc";
        var output = Path.Combine(Path.GetTempPath(), $"ogr-filter-{Guid.NewGuid():N}.geojson");
        var (x, y) = (await pg.ScalarAsync<double>("SELECT ST_X(ST_Centroid(ST_Extent(geom))) FROM zones.asset"),
                      await pg.ScalarAsync<double>("SELECT ST_Y(ST_Centroid(ST_Extent(geom))) FROM zones.asset"));
        string[] spat = [.. new[] { x - 0.03, y - 0.03, x + 0.03, y + 0.03 }.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        try
        {
            var run = await ProcessRunner.RunAsync("ogr2ogr", ["--debug", "on", "--config", "GDAL_HTTP_TIMEOUT", "30", "-oo", "PAGE_SIZE=1000",
                "-f", "GeoJSON", output, ogc, "assets", "-where", "status = 'damaged' OR kind = 'toilet'", "-spat", .. spat], timeoutSeconds: 180);
            Assert.True(run.ExitCode == 0, $"ogr2ogr failed ({run.ExitCode}): {run.Stderr}");

            var pushed = ItemsFetch().Matches(run.Stderr).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).Last();
            Assert.Contains("filter=(status = 'damaged') OR (kind = 'toilet')", pushed);
            Assert.Contains("filter-lang=cql-text", pushed);
            Assert.Contains("bbox=", pushed);
            Assert.DoesNotContain("client side", run.Stderr);
            var expected = await pg.ScalarAsync<long>(FormattableString.Invariant(
                $"SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND (status = 'damaged' OR kind = 'toilet') AND ST_Intersects(geom, ST_MakeEnvelope({string.Join(",", spat)}, 4326))"));
            Assert.True(expected > 0);
            var info = await ProcessRunner.RunAsync("ogrinfo", ["-ro", "-so", "-al", output]);
            Assert.Equal(expected, long.Parse(FeatureCount().Match(info.Stdout).Groups[1].Value));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
