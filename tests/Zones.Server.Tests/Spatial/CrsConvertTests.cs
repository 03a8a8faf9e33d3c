using NetTopologySuite.IO;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Spatial;

public class CrsConvertTests
{
    // The one helper: converts WKT from `from` to `to` through WGS84 and prints it (mm precision).
    static string Convert(string wkt, Crs from, Crs to)
    {
        var wgs84 = CrsConvert.ToWgs84(new WKTReader(StorageGeometry.Services).Read(wkt), from);
        var result = CrsConvert.FromWgs84(wgs84, to);
        return $"SRID={result.SRID};{new WKTWriter(3).Write(Rounded(result))}";
    }

    static NetTopologySuite.Geometries.Geometry Rounded(NetTopologySuite.Geometries.Geometry g) =>
        NetTopologySuite.Precision.GeometryPrecisionReducer.ReducePointwise(g, new(g.SRID is 0 or 4326 or 4490 ? 1e7 : 1e3));

    static double RoundTripMetres(double lon, double lat, Crs crs)
    {
        var (x, y) = CrsConvert.FromWgs84(lon, lat, crs);
        var back = CrsConvert.ToWgs84(x, y, crs);
        var dx = (back.Lon - lon) * Math.Cos(lat * Math.PI / 180);
        return Math.Sqrt(dx * dx + (back.Lat - lat) * (back.Lat - lat)) * 111_195;
    }

    public static TheoryData<string, double, double> Cities => new()
    {
        { "Beijing", 116.3913, 39.9075 }, { "Shanghai", 121.4737, 31.2304 }, { "Urumqi", 87.6168, 43.8256 },
        { "Harbin", 126.5349, 45.8038 }, { "Sanya", 109.5119, 18.2528 }, { "Lhasa", 91.1409, 29.6456 },
    };

    // Expected values from PostGIS 3.3.2 / PROJ 9.1.1 on the project cluster:
    // SELECT ST_AsText(ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), epsg), 4);
    public static TheoryData<double, double, int, double, double> PostgisReference => new()
    {
        { 116.3913, 39.9075, 4527, 39447950.5147, 4419435.7897 }, // Beijing, zone 39
        { 116.3913, 39.9075, 4548, 447950.5147, 4419435.7897 },
        { 121.4737, 31.2304, 4549, 640412.315, 3457455.4886 },   // Shanghai, 1.47° east of CM 120
        { 87.6168, 43.8256, 4517, 29549615.9011, 4854629.6266 }, // Urumqi, zone 29
        { 126.5349, 45.8038, 4551, 541581.3105, 5074417.5746 },  // Harbin
        { 109.5119, 18.2528, 4525, 37342614.566, 2019602.5527 }, // Sanya, 1.49° west of CM 111
        { 91.1409, 29.6456, 4539, 610473.9866, 3281372.4435 },   // Lhasa
        { 116.3913, 39.9075, 4547, 704488.2219, 4421996.9456 },  // Beijing in the wrong zone (CM 114)
        { 116.3913, 39.9075, 4498, 20447950.5147, 4419435.7897 }, // 6° zone 20
        { 91.1409, 29.6456, 4494, 16319972.1739, 3282273.3558 },  // 6° zone 16, 1.86° off CM 93
        { 119.9, 30, 4509, 779870.3933, 3323656.6877 },           // 6° zone edge, 2.9° off CM 117
        { 114.1, 45, 4509, 271344.0517, 4989037.9217 },
        { 116.3913, 39.9075, 3857, 12956620.2488, 4852509.5222 },
        { 87.6168, 43.8256, 3857, 9753457.5609, 5438492.9282 },
    };

    [Theory]
    [MemberData(nameof(PostgisReference))]
    public void Projected_coordinates_agree_with_postgis_to_a_millimetre(double lon, double lat, int epsg, double x, double y)
    {
        var crs = Crs.FromEpsg(epsg);
        var (px, py) = CrsConvert.FromWgs84(lon, lat, crs);
        Assert.True(Math.Abs(px - x) < 0.001 && Math.Abs(py - y) < 0.001, $"EPSG:{epsg}: ({px}, {py}) vs PostGIS ({x}, {y})");
        var back = CrsConvert.ToWgs84(x, y, crs);
        Assert.True(Math.Abs(back.Lon - lon) < 1e-8 && Math.Abs(back.Lat - lat) < 1e-8, $"inverse: {back}");
    }

    [Theory]
    [MemberData(nameof(Cities))]
    public void Every_crs_round_trips_each_city_to_a_millimetre(string city, double lon, double lat)
    {
        var systems = Crs.All.Where(c => c.Kind != CrsKind.GaussKruger)
            .Append(Crs.GaussKrugerFor(lon)).Append(Crs.GaussKrugerFor(lon, zonePrefix: true));
        foreach (var crs in systems)
        {
            var error = RoundTripMetres(lon, lat, crs);
            Assert.True(error < 0.001, $"{city} through {crs}: {error} m");
        }
    }

    // A latitude where each 3° central meridian 75°E-135°E crosses China (zone 45 at Fuyuan, 48.4°N).
    public static TheoryData<int, double> ZoneLatitudes => new()
    {
        { 25, 39 }, { 26, 37 }, { 27, 43 }, { 28, 44 }, { 29, 43.8 }, { 30, 30 }, { 31, 36 }, { 32, 36 },
        { 33, 25 }, { 34, 25 }, { 35, 30 }, { 36, 34 }, { 37, 30 }, { 38, 30 }, { 39, 39 }, { 40, 31 },
        { 41, 41.8 }, { 42, 45.8 }, { 43, 44.6 }, { 44, 46.8 }, { 45, 48.4 },
    };

    [Theory]
    [MemberData(nameof(ZoneLatitudes))]
    public void Each_3_degree_zone_round_trips_across_its_width_to_a_millimetre(int zone, double lat)
    {
        foreach (var epsg in new[] { 4513 + zone - 25, 4534 + zone - 25 })
            foreach (var offset in new[] { -1.5, -0.7, 0, 0.7, 1.5 })
            {
                var error = RoundTripMetres(3 * zone + offset, lat, Crs.FromEpsg(epsg));
                Assert.True(error < 0.001, $"EPSG:{epsg} at {offset}° from the central meridian: {error} m");
            }
    }

    [Fact]
    public void Each_6_degree_zone_round_trips_across_its_width_to_a_millimetre()
    {
        foreach (var zone in GaussKrugerZone.All.Where(z => z.Width == 6))
            foreach (var offset in new[] { -3.0, 0, 3.0 })
                Assert.True(RoundTripMetres(zone.CentralMeridian + offset, 35, Crs.Of(zone)) < 0.001, $"{zone.Name} {offset}");
    }

    // Expected: ST_AsText(ST_Transform(ST_GeomFromText('POLYGON (...)', 4326), 4548), 3) in PostGIS 3.3.2.
    [Fact]
    public void A_polygon_converts_to_a_gauss_kruger_zone_with_its_epsg_srid() =>
        Assert.Equal("SRID=4548;POLYGON ((447950.515 4419435.79, 448805.613 4419430.009, 448813.057 4420540.35, 447950.515 4419435.79))",
            Convert("POLYGON ((116.3913 39.9075, 116.4013 39.9075, 116.4013 39.9175, 116.3913 39.9075))", Crs.Wgs84, Crs.FromEpsg(4548)));

    [Fact]
    public void Gauss_kruger_input_converts_to_wgs84_with_srid_4326() =>
        Assert.Equal("SRID=4326;MULTIPOINT ((116.3913 39.9075), (116.3913 39.9075))",
            Convert("MULTIPOINT ((39447950.5147 4419435.7897), (39447950.5147 4419435.7897))", Crs.FromEpsg(4527), Crs.Wgs84));

    [Fact]
    public void Conversions_to_gcj02_have_no_srid_and_keep_z() =>
        Assert.Equal("SRID=0;POINT Z(116.4102445 39.9164043 50)",
            Convert("POINT Z(116.404 39.915 50)", Crs.Cgcs2000, Crs.Gcj02));

    [Fact]
    public void Cached_projections_give_the_same_results_from_concurrent_requests()
    {
        var systems = new[] { Crs.FromEpsg(4527), Crs.FromEpsg(4548), Crs.WebMercator };
        (double, double) At(int i)
        {
            var (x, y) = CrsConvert.FromWgs84(115.5 + i * 1e-4, 39 + i * 1e-4, systems[i % 3]);
            return CrsConvert.ToWgs84(x, y, systems[i % 3]);
        }
        var sequential = Enumerable.Range(0, 20_000).Select(At).ToArray();
        var parallel = new (double, double)[sequential.Length];
        Parallel.For(0, parallel.Length, i => parallel[i] = At(i));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void An_easting_without_its_zone_prefix_is_rejected_with_the_right_code()
    {
        var e = Assert.Throws<CrsException>(() => CrsConvert.ToWgs84(447950.5, 4419435.8, Crs.FromEpsg(4527)));
        Assert.Equal("Easting 447950.5 is not in EPSG:4527 (CGCS2000_3_DEGREE_GK_ZONE_39), whose eastings lie near 39500000 m. " +
                     "It looks like an easting without the zone prefix: use EPSG:4548.", e.Message);
    }

    [Fact]
    public void A_prefixed_easting_in_a_plain_zone_is_rejected_with_the_prefixed_code()
    {
        var e = Assert.Throws<CrsException>(() => CrsConvert.ToWgs84(39447950.5, 4419435.8, Crs.FromEpsg(4548)));
        Assert.Equal("Easting 39447950.5 is not in EPSG:4548 (CGCS2000_3_DEGREE_GK_CM_117E), whose eastings lie near 500000 m. " +
                     "It looks like an easting with the zone prefix 39: use EPSG:4527.", e.Message);
    }
}
