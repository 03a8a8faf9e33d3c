using Zones.Server.Spatial;

namespace Zones.Server.Tests.Spatial;

public class CrsTests
{
    // The one helper: what a text parses to, as "EPSG:n NAME" (or the name alone).
    static string Parsed(string text)
    {
        var crs = Crs.Parse(text);
        return crs.Epsg is null ? crs.Name : $"{crs} {crs.Name}";
    }

    [Theory]
    [InlineData("EPSG:4326", "EPSG:4326 WGS84")]
    [InlineData("4490", "EPSG:4490 CGCS2000")]
    [InlineData(" epsg:3857 ", "EPSG:3857 WEB_MERCATOR")]
    [InlineData("urn:ogc:def:crs:EPSG::4527", "EPSG:4527 CGCS2000_3_DEGREE_GK_ZONE_39")]
    [InlineData("OGC:CRS84", "EPSG:4326 WGS84")]
    [InlineData("GCJ-02", "GCJ02")]
    [InlineData("bd09", "BD09")]
    [InlineData("WebMercator", "EPSG:3857 WEB_MERCATOR")]
    [InlineData("CGCS2000_3_DEGREE_GK_ZONE_39", "EPSG:4527 CGCS2000_3_DEGREE_GK_ZONE_39")]
    [InlineData("cgcs2000-3-degree-gk-cm-117e", "EPSG:4548 CGCS2000_3_DEGREE_GK_CM_117E")]
    [InlineData("EPSG:4491", "EPSG:4491 CGCS2000_GK_ZONE_13")]
    [InlineData("4512", "EPSG:4512 CGCS2000_GK_CM_135E")]
    public void Accepted_forms_parse_to_the_named_crs(string text, string expected) =>
        Assert.Equal(expected, Parsed(text));

    [Fact]
    public void Every_3_degree_zone_has_the_epsg_parameters()
    {
        // EPSG:4513-4533 are zones 25-45 with the zone number prefixed; 4534-4554 the same meridians without.
        for (var n = 25; n <= 45; n++)
        {
            var prefixed = Crs.FromEpsg(4513 + n - 25).Zone!;
            var plain = Crs.FromEpsg(4534 + n - 25).Zone!;
            Assert.Equal((3.0 * n, n * 1_000_000 + 500_000.0), (prefixed.CentralMeridian, prefixed.FalseEasting));
            Assert.Equal((3.0 * n, 500_000.0), (plain.CentralMeridian, plain.FalseEasting));
        }
    }

    [Fact]
    public void All_lists_the_five_named_systems_and_64_gauss_kruger_zones() =>
        Assert.Equal((69, 64), (Crs.All.Count, Crs.All.Count(c => c.Kind == CrsKind.GaussKruger)));

    [Theory]
    [InlineData("EPSG:9999")]
    [InlineData("4555")]
    [InlineData("Mars")]
    [InlineData("")]
    public void Unknown_input_is_named_in_the_error_with_what_is_accepted(string text)
    {
        var e = Assert.Throws<CrsException>(() => Crs.Parse(text));
        Assert.Equal($"Unknown CRS \"{text}\". Accepted: {CrsException.Accepted}.", e.Message);
        Assert.Contains("EPSG:4513-4533 (CGCS2000_3_DEGREE_GK_ZONE_25 to _45", e.Message);
    }

    [Theory]
    [InlineData(116.3913, 117, 4548)] // Beijing
    [InlineData(121.4737, 120, 4549)] // Shanghai: 40.49 rounds down
    [InlineData(109.5119, 111, 4546)] // Sanya: 36.50 rounds up
    [InlineData(118.5, 120, 4549)]    // on a zone border: halves round away from zero
    [InlineData(73.6, 75, 4534)]
    [InlineData(134.7, 135, 4554)]
    public void Gauss_kruger_zone_for_a_longitude_has_the_nearest_central_meridian(double lon, double cm, int epsg)
    {
        var crs = Crs.GaussKrugerFor(lon);
        Assert.Equal((cm, epsg), (crs.Zone!.CentralMeridian, crs.Srid));
        Assert.Equal(epsg - 21, Crs.GaussKrugerFor(lon, zonePrefix: true).Srid);
    }

    [Fact]
    public void A_longitude_outside_the_chinese_zones_has_no_gauss_kruger_zone()
    {
        var e = Assert.Throws<CrsException>(() => Crs.GaussKrugerFor(13.4));
        Assert.Equal("Longitude 13.4 is outside the CGCS2000 3-degree Gauss-Kruger zones, which cover 73.5E to 136.5E.", e.Message);
    }
}
