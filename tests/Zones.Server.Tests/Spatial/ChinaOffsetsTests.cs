using Zones.Server.Spatial;

namespace Zones.Server.Tests.Spatial;

public class ChinaOffsetsTests
{
    // The one helper: ground distance in metres between two lon/lat points (local flat-earth
    // approximation on a 6 371 km sphere, ample for offsets under a kilometre).
    static double Metres((double Lon, double Lat) a, (double Lon, double Lat) b)
    {
        const double metresPerDegree = 6_371_000 * Math.PI / 180;
        var dx = (a.Lon - b.Lon) * Math.Cos(a.Lat * Math.PI / 180);
        return Math.Sqrt(dx * dx + (a.Lat - b.Lat) * (a.Lat - b.Lat)) * metresPerDegree;
    }

    public static TheoryData<string, double, double> Cities => new()
    {
        { "Beijing", 116.3913, 39.9075 }, { "Shanghai", 121.4737, 31.2304 }, { "Urumqi", 87.6168, 43.8256 },
        { "Harbin", 126.5349, 45.8038 }, { "Sanya", 109.5119, 18.2528 }, { "Lhasa", 91.1409, 29.6456 },
    };

    [Fact]
    public void Wgs84_to_gcj02_reproduces_the_published_reference_pair()
    {
        // wandergis/coordtransform README: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164].
        var gcj = ChinaOffsets.Wgs84ToGcj02(116.404, 39.915);
        Assert.Equal(116.41024449916938, gcj.Lon, 1e-12);
        Assert.Equal(39.91640428150164, gcj.Lat, 1e-12);
    }

    [Fact]
    public void Gcj02_to_bd09_and_back_reproduce_the_published_reference_pairs()
    {
        // Same README: gcj02tobd09(116.404, 39.915) and bd09togcj02(116.404, 39.915); the reverse
        // there is the one-step approximation, which our iteration improves on by under 0.2 m.
        var bd = ChinaOffsets.Gcj02ToBd09(116.404, 39.915);
        Assert.Equal((116.41036949371029, 39.92133699351021), bd);
        Assert.True(Metres(ChinaOffsets.Bd09ToGcj02(116.404, 39.915), (116.39762729119315, 39.90865673957631)) < 0.2);
    }

    [Theory]
    [MemberData(nameof(Cities))]
    public void Gcj02_shift_is_within_the_measured_range(string city, double lon, double lat)
    {
        // MAP-NOTES §5.2: 18-711 m over 20 000 random points in China's box.
        var shift = Metres((lon, lat), ChinaOffsets.Wgs84ToGcj02(lon, lat));
        Assert.InRange(shift, 18, 711);
        Assert.True(city != "Beijing" || Math.Abs(shift - 554) < 5, $"Beijing shift {shift} m, MAP-NOTES says 554 m");
    }

    [Theory]
    [MemberData(nameof(Cities))]
    public void Gcj02_inverse_matches_the_forward_formula_to_a_millimetre(string city, double lon, double lat)
    {
        var gcj = ChinaOffsets.Wgs84ToGcj02(lon, lat);
        var error = Metres((lon, lat), ChinaOffsets.Gcj02ToWgs84(gcj.Lon, gcj.Lat));
        Assert.True(error < 0.001, $"{city}: {error} m");
    }

    [Theory]
    [MemberData(nameof(Cities))]
    public void Bd09_round_trip_is_better_than_a_centimetre(string city, double lon, double lat)
    {
        var bd = ChinaOffsets.Wgs84ToBd09(lon, lat);
        Assert.InRange(Metres(ChinaOffsets.Wgs84ToGcj02(lon, lat), bd), 764, 984); // MAP-NOTES: GCJ→BD shift
        var error = Metres((lon, lat), ChinaOffsets.Bd09ToWgs84(bd.Lon, bd.Lat));
        Assert.True(error < 0.01, $"{city}: {error} m");
    }

    [Fact]
    public void Inverses_hold_to_a_millimetre_over_a_grid_across_china()
    {
        var worst = 0.0;
        for (var lon = 73.0; lon <= 135; lon += 0.5)
            for (var lat = 18.0; lat <= 53.5; lat += 0.5)
            {
                var gcj = ChinaOffsets.Wgs84ToGcj02(lon, lat);
                var bd = ChinaOffsets.Wgs84ToBd09(lon, lat);
                worst = Math.Max(worst, Metres((lon, lat), ChinaOffsets.Gcj02ToWgs84(gcj.Lon, gcj.Lat)));
                worst = Math.Max(worst, Metres((lon, lat), ChinaOffsets.Bd09ToWgs84(bd.Lon, bd.Lat)));
            }
        Assert.True(worst < 0.001, $"worst round trip {worst} m");
    }

    [Theory]
    [InlineData(-0.1246, 51.5007)] // London
    [InlineData(139.7456, 35.6586)] // Tokyo: east of the box
    [InlineData(103.8198, 0.5)]     // south of the box
    public void Outside_china_gcj02_leaves_coordinates_unchanged(double lon, double lat)
    {
        Assert.True(ChinaOffsets.OutOfChina(lon, lat));
        Assert.Equal((lon, lat), ChinaOffsets.Wgs84ToGcj02(lon, lat));
        Assert.Equal((lon, lat), ChinaOffsets.Gcj02ToWgs84(lon, lat));
    }
}
