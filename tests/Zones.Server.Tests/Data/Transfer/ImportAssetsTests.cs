using System.Text;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>Assets from CSV and GeoJSON: CRSs, Chinese labels, mappings, encodings, dry runs.</summary>
[Collection(TransferCollection.Name)]
public class ImportAssetsTests(TransferDatabase db) : TransferTests(db)
{
    async Task<ImportReport> ImportAsync(object content, Func<ImportRequest, ImportRequest>? change = null)
    {
        var report = content is string text
            ? await Db.ImportAsync(TransferTarget.Assets, text, change)
            : await Db.ImportAsync(TransferTarget.Assets, (byte[])content, change);
        Assert.True(report.Succeeded, ImportReportText.Format(report));
        return report;
    }

    // Metres from the one imported asset to a WGS84 point, measured by PostGIS on the spheroid.
    Task<double> MetresFromAsync(double lon, double lat) => Db.ScalarAsync<double>(FormattableString.Invariant(
        $"SELECT ST_Distance(geom::geography, ST_MakePoint({lon}, {lat})::geography) FROM zones.asset"));

    [Fact]
    public async Task A_Chinese_CSV_in_Gauss_Kruger_metres_is_written_with_its_labels_mapped()
    {
        var report = await ImportAsync(File.ReadAllBytes(TransferDatabase.Sample("assets_gk_zone40.csv")), r => r with { Crs = "EPSG:4528" });
        Assert.Equal((6, 6, 0, 6), (report.Read, report.Accepted, report.Rejected, report.Written));
        Assert.Equal("bin/-/0305/good/U003 bin/-/0305/damaged/U003 toilet/dry/0301/good/U003 toilet/-/0301/good/U003 " +
                     "streetlight/-/0118/unlit/U004 streetlight/solar/0118/good/U004", await Db.ScalarAsync<string>("""
            SELECT string_agg(concat_ws('/', a.kind, coalesce(a.subtype, '-'), a.class_code, a.status, u.code), ' ' ORDER BY a.id)
            FROM zones.asset a JOIN zones.unit u ON u.id = a.maintainer_unit_id
            """));
    }

    [Fact]
    public async Task Gauss_Kruger_zone_39_metres_land_within_a_metre_of_the_true_point()
    {
        // Beijing: PROJ/PostGIS give EPSG:4527 (39447950.5147, 4419435.7897) for 116.3913°E 39.9075°N.
        // Into the township without a boundary (migration 0009 checks none): Beijing lies in no test township.
        await ImportAsync("编号,类型,X坐标,Y坐标\nBJ-0001,垃圾箱,39447950.5147,4419435.7897",
                          r => r with { Crs = "EPSG:4527", TownshipCode = TransferDatabase.FreshTownship });
        Assert.True(await MetresFromAsync(116.3913, 39.9075) < 1.0);
    }

    [Fact]
    public async Task GCJ02_coordinates_land_within_a_metre_of_the_WGS84_truth()
    {
        // coordtransform's published pair: WGS84 116.404, 39.915 is GCJ-02 116.41024449916938, 39.91640428150164.
        await ImportAsync("编号,类型,经度,纬度\nGCJ-0001,垃圾箱,116.41024449916938,39.91640428150164",
                          r => r with { Crs = "GCJ02", TownshipCode = TransferDatabase.FreshTownship });
        Assert.True(await MetresFromAsync(116.404, 39.915) < 1.0);
    }

    [Fact]
    public async Task A_GeoJSON_with_our_field_names_resolves_units_roads_and_attributes()
    {
        await ImportAsync("""
            {"type": "FeatureCollection", "features": [{"type": "Feature",
              "properties": {"identifier": "GJ-0001", "kind": "streetlight", "status": "DAMAGED", "maintainer": "U004",
                             "road_code": "R001", "install_date": "2020-05-01", "attributes": {"pole_height_m": 8}},
              "geometry": {"type": "Point", "coordinates": [119.805, 31.035]}}]}
            """);
        Assert.Equal("damaged R001 2020-05-01 8", await Db.ScalarAsync<string>("""
            SELECT concat_ws(' ', a.status, r.code, a.install_date, a.attributes->>'pole_height_m')
            FROM zones.asset a JOIN zones.road r ON r.id = a.road_id
            """));
    }

    [Fact]
    public async Task An_explicit_mapping_reads_columns_with_other_names()
    {
        var mapping = new Dictionary<string, string> { ["identifier"] = "设施编号", ["kind"] = "设施类别", ["lon"] = "E", ["lat"] = "N" };
        var report = await ImportAsync("设施编号,设施类别,E,N\nMAP-0001,垃圾桶,119.805,31.035", r => r with { Mapping = mapping });
        Assert.Equal(1, report.Written);
        Assert.Equal("bin", await Db.ScalarAsync<string>("SELECT kind FROM zones.asset WHERE identifier = 'MAP-0001'"));
    }

    [Fact]
    public async Task A_GB18030_CSV_saved_by_Excel_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("编号,名称,类型,经度,纬度\r\nGBK-0001,菜场垃圾箱,垃圾箱,119.805,31.035\r\n");
        Assert.Equal("GB18030", (await ImportAsync(bytes)).Encoding);
        Assert.Equal("菜场垃圾箱", await Db.ScalarAsync<string>("SELECT name FROM zones.asset"));
    }

    [Fact]
    public async Task A_UTF16_tab_separated_file_from_Excel_unicode_text_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("编号\t类型\t经度\t纬度\r\nU16-0001\t公厕\t119.805\t31.035")).ToArray();
        Assert.Equal(1, (await ImportAsync(bytes)).Written);
    }

    [Fact]
    public async Task A_dry_run_checks_everything_and_writes_nothing()
    {
        var report = await ImportAsync(File.ReadAllBytes(TransferDatabase.Sample("assets_gk_zone40.csv")),
                                       r => r with { Crs = "EPSG:4528", DryRun = true });
        Assert.Equal((6, 0, true), (report.Accepted, report.Written, report.DryRun));
        Assert.Equal(0, await Db.CountAsync("asset"));
    }

    [Fact]
    public async Task A_unit_is_found_by_code_or_by_a_name_only_one_unit_has()
    {
        var report = await Db.ImportAsync(TransferTarget.Assets, "编号,类型,养护单位,经度,纬度\nUN-0001,垃圾箱,U901,119.8,31.03\nUN-0002,垃圾箱,同名物业,119.8,31.03");
        Assert.Equal([(3, "AMBIGUOUS")], report.Problems.Select(p => (p.Row!.Value, p.Code)));
        Assert.Contains("2 个单位名为“同名物业”", report.Problems[0].Message);
    }
}
