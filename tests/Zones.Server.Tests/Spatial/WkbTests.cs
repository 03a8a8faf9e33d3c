using NetTopologySuite.IO;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Spatial;

public class WkbTests
{
    // The one helper: EWKT in, through EWKB bytes, EWKT out.
    static string RoundTrip(string ewkt)
    {
        var geometry = new WKTReader(Wkb.Services) { IsOldNtsCoordinateSyntaxAllowed = false }.Read(ewkt);
        var back = Wkb.Read(Wkb.Write(geometry));
        return $"SRID={back.SRID};{back.AsText()}";
    }

    [Theory]
    [InlineData("SRID=4326;POINT (116.3913 39.9075)")]
    [InlineData("SRID=4490;LINESTRING (116.3913 39.9075, 116.4 39.91)")]
    [InlineData("SRID=4326;POLYGON ((116.39 39.9, 116.4 39.9, 116.4 39.91, 116.39 39.9), (116.395 39.902, 116.398 39.902, 116.398 39.905, 116.395 39.902))")]
    [InlineData("SRID=4326;MULTIPOINT ((116.39 39.9), (116.4 39.91))")]
    [InlineData("SRID=4548;MULTILINESTRING ((447950.515 4419435.79, 448800.784 4419441.239), (1 2, 3 4))")]
    [InlineData("SRID=4326;MULTIPOLYGON (((116.39 39.9, 116.4 39.9, 116.4 39.91, 116.39 39.9)), ((117 40, 118 40, 118 41, 117 40)))")]
    [InlineData("SRID=4527;GEOMETRYCOLLECTION (POINT (39447950.5147 4419435.7897), LINESTRING (1 2, 3 4))")]
    [InlineData("SRID=4326;POLYGON EMPTY")]
    public void Every_geometry_type_round_trips_with_its_srid(string ewkt) =>
        Assert.Equal(ewkt, RoundTrip(ewkt));

    [Fact]
    public void Plain_wkb_from_st_asbinary_reads_as_srid_4326()
    {
        // SELECT encode(ST_AsBinary(ST_GeomFromText('POINT(116.3913 39.9075)', 4326)), 'hex');  (PostGIS 3.3.2)
        var point = Wkb.Read(Convert.FromHexString("010100000030bb270f0b195d405c8fc2f528f44340"));
        Assert.Equal("SRID=4326;POINT (116.3913 39.9075)", $"SRID={point.SRID};{point.AsText()}");
    }

    [Fact]
    public void Ewkb_from_st_asewkb_keeps_its_srid()
    {
        // SELECT encode(ST_AsEWKB(ST_GeomFromText('LINESTRING(116.3913 39.9075, 116.4 39.91)', 4490)), 'hex');
        var line = Wkb.Read(Convert.FromHexString("01020000208a1100000200000030bb270f0b195d405c8fc2f528f443409a99999999195d4014ae47e17af44340"));
        Assert.Equal("SRID=4490;LINESTRING (116.3913 39.9075, 116.4 39.91)", $"SRID={line.SRID};{line.AsText()}");
    }

    [Fact]
    public void Written_ewkb_is_byte_for_byte_what_postgis_writes()
    {
        // SELECT encode(ST_AsEWKB(ST_GeomFromText('MULTIPOLYGON(((116.39 39.9,116.4 39.9,116.4 39.91,116.39 39.9)))', 4326)), 'hex');
        var geometry = new WKTReader(Wkb.Services).Read("MULTIPOLYGON (((116.39 39.9, 116.4 39.9, 116.4 39.91, 116.39 39.9)))");
        Assert.Equal("0106000020e61000000100000001030000000100000004000000295c8fc2f5185d403333333333f343409a99999999195d40" +
                     "3333333333f343409a99999999195d4014ae47e17af44340295c8fc2f5185d403333333333f34340",
                     Convert.ToHexStringLower(Wkb.Write(geometry)));
    }

    [Fact]
    public void A_geometry_without_srid_is_not_written()
    {
        var geometry = new WKTReader().Read("POINT (1 2)");
        geometry.SRID = 0;
        Assert.Throws<ArgumentException>(() => Wkb.Write(geometry));
    }

    [Fact]
    public void The_shared_factory_is_floating_precision_with_srid_4326() =>
        Assert.Equal((4326, true), (Wkb.Factory.SRID, Wkb.Factory.PrecisionModel.IsFloating));
}
