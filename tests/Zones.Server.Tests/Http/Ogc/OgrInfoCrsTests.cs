using System.Globalization;
using System.Text.RegularExpressions;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>
/// GDAL as the client of OGC API Features Part 2 (issue #16's proof). GDAL 3.6.2's OAPIF driver has
/// no CRS open option, but opened on <c>/collections/{id}?crs=…</c> it sends that query with every
/// items request and follows our <c>next</c> links: every coordinate it reads must equal PostGIS's
/// ST_Transform within 1 mm, in the axis order the CRS defines.
/// </summary>
[Collection(PostgisCollection.Name)]
public partial class OgrInfoCrsTests(PostgisFixture pg)
{
    [GeneratedRegex(@"OGRFeature\(assets\):(\d+)\n(?:.*\n)*?  POINT \(([-\d.e+]+) ([-\d.e+]+)\)")]
    private static partial Regex FeaturePoint();

    static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    // Metres per unit of each axis as the CRS writes them: degrees become ground metres at the demo's ~31°N.
    static (double First, double Second) MetresPerUnit(int srid, bool swap) => srid is 4326 or 4490
        ? swap ? (111_320, 111_320 * Math.Cos(31 * Math.PI / 180)) : (111_320 * Math.Cos(31 * Math.PI / 180), 111_320)
        : (1, 1);

    async Task<Dictionary<long, (double, double)>> PostgisAsync(int srid, bool swap)
    {
        var (a, b) = swap ? ("ST_Y", "ST_X") : ("ST_X", "ST_Y");
        await using var cmd = pg.DataSource.CreateCommand(FormattableString.Invariant(
            $"SELECT id, {a}(p), {b}(p) FROM (SELECT id, ST_Transform(geom, {srid}) p FROM zones.asset WHERE retired_at IS NULL) x"));
        await using var r = await cmd.ExecuteReaderAsync();
        var points = new Dictionary<long, (double, double)>();
        while (await r.ReadAsync())
            points[r.GetInt64(0)] = (r.GetDouble(1), r.GetDouble(2));
        return points;
    }

    [Theory]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4490", 4490, true)]   // CGCS2000: latitude first
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4549", 4549, true)]   // CGCS2000 3° GK CM 120°E: northing first
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/3857", 3857, false)]  // Web Mercator: easting first
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true)]
    public async Task Ogrinfo_reads_every_asset_within_a_millimetre_of_st_transform(string crs, int srid, bool swap)
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        app.UseKestrel(0);
        app.StartServer();
        var url = $"OAPIF:{app.ClientOptions.BaseAddress.ToString().TrimEnd('/')}/ogc/collections/assets?crs={crs}";
        var run = await ProcessRunner.RunAsync("ogrinfo", ["-ro", "-al", "-q", "-oo", "PAGE_SIZE=1000", "--config", "GDAL_HTTP_TIMEOUT", "30", url], timeoutSeconds: 180);
        Assert.True(run.ExitCode == 0, $"ogrinfo failed ({run.ExitCode}): {run.Stderr}");

        var expected = await PostgisAsync(srid, swap);
        var read = FeaturePoint().Matches(run.Stdout).ToDictionary(m => long.Parse(m.Groups[1].Value), m => (D(m.Groups[2].Value), D(m.Groups[3].Value)));
        Assert.Equal(expected.Keys.Order(), read.Keys.Order());
        var (k1, k2) = MetresPerUnit(srid, swap);
        var worst = read.Max(p => Math.Max(Math.Abs(p.Value.Item1 - expected[p.Key].Item1) * k1, Math.Abs(p.Value.Item2 - expected[p.Key].Item2) * k2));
        Assert.True(worst <= 0.001, $"the worst coordinate is {worst * 1000:F2} mm from ST_Transform");
    }
}
