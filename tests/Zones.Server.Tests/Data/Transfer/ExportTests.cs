using System.Text;
using System.Text.Json;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>CSV for Excel and GeoJSON from PostGIS; what is exported imports again unchanged.</summary>
[Collection(TransferCollection.Name)]
public class ExportTests(TransferDatabase db) : TransferTests(db)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Db.ImportAsync(TransferTarget.Roads, File.ReadAllBytes(TransferDatabase.Sample("roads.geojson")));
        await Db.ImportAsync(TransferTarget.Assets, File.ReadAllBytes(TransferDatabase.Sample("assets_gk_zone40.csv")), r => r with { Crs = "EPSG:4528" });
        await Db.ImportAsync(TransferTarget.Assets, """
            identifier,kind,owner,road_code,attributes,name,lon,lat
            ATTR-0001,streetlight,U004,R9001,"{""pole_height_m"": 9, ""solar"": true}","=cmd|' /C calc'!A0",119.8032,31.0366
            """);
        await Db.ImportAsync(TransferTarget.Complaints, File.ReadAllBytes(TransferDatabase.Sample("complaints_gcj02.csv")), r => r with { Crs = "GCJ02" });
        Seeded(await Db.ImportAsync(TransferTarget.BuiltUpAreas, "名称,WKT\n镇区,\"POLYGON((119.80 31.03,119.81 31.03,119.81 31.04,119.80 31.04,119.80 31.03))\""));
        Seeded(await Db.ImportAsync(TransferTarget.Units, "编码,名称,类型,联系电话,上级单位\nU010,综治办,部门,0572-1234567,桑溪镇环境卫生管理所"));
        Seeded(await Db.ImportAsync(TransferTarget.People, "编码,姓名,职务,联系电话,单位\nP001,王伟,网格员,13800000001,U010\nP002,李娜,所长,,U003"));
        Seeded(await Db.ImportAsync(TransferTarget.Assignments, "包联对象,对象类型,责任人,角色,主责,开始日期,备注\nR9001,路段,P001,网格员,是,2025-03-01,早晚巡查"));
        Seeded(await Db.ImportAsync(TransferTarget.Shops, "编码,名称,地址,店主,联系电话,经度,纬度\nS001,老街面馆,老街 12 号,张三,13900000000,119.8040,31.0360"));
        Seeded(await Db.ImportAsync(TransferTarget.Places, "类型,名称,户数,经度,纬度\n集市,老街集市,,119.8050,31.0370"));
    }

    static void Seeded(ImportReport report) => Assert.True(report.Succeeded, ImportReportText.Format(report));

    Task<byte[]> ExportAsync(TransferTarget target, TransferFormat format, bool english = false, LonLatBox? box = null) =>
        Db.ExportAsync(new ExportRequest(target, format) { TownshipCode = TransferDatabase.Township, English = english, Box = box });

    static string[] Lines(byte[] csv) => Encoding.UTF8.GetString(csv.AsSpan(3)).Split("\r\n");

    // Every stored column the files carry, one line per row, for comparing two townships.
    static readonly Dictionary<TransferTarget, string> Rows = new()
    {
        [TransferTarget.Zones] = """
            SELECT string_agg(concat_ws('|', t.code, t.name, t.level, p.code, t.status, ST_AsText(t.geom, 6)), E'\n' ORDER BY t.code)
            FROM zones.zone t LEFT JOIN zones.zone p ON p.id = t.parent_id WHERE t.township_code = '{0}'
            """,
        [TransferTarget.Roads] = """
            SELECT string_agg(concat_ws('|', code, name, class, ST_AsText(geom, 6)), E'\n' ORDER BY code) FROM zones.road WHERE township_code = '{0}'
            """,
        [TransferTarget.Assets] = """
            SELECT string_agg(concat_ws('|', a.identifier, a.name, a.kind, a.subtype, a.class_code, a.status, m.code, o.code, r.code,
                                        a.install_date, a.attributes, ST_AsText(a.geom, 6)), E'\n' ORDER BY a.identifier)
            FROM zones.asset a LEFT JOIN zones.unit m ON m.id = a.maintainer_unit_id LEFT JOIN zones.unit o ON o.id = a.owner_unit_id
            LEFT JOIN zones.road r ON r.id = a.road_id WHERE a.township_code = '{0}'
            """,
        [TransferTarget.Complaints] = """
            SELECT string_agg(concat_ws('|', case_number, category_kind, category_code, source, stage, urgency, description, address,
                                        reported_at, deadline, closed_at, reporter_name, external_id, ST_AsText(geom, 6)), E'\n' ORDER BY case_number)
            FROM zones.complaint WHERE township_code = '{0}'
            """,
        [TransferTarget.BuiltUpAreas] = """
            SELECT string_agg(concat_ws('|', name, ST_AsText(geom, 6)), E'\n' ORDER BY name) FROM zones.built_up_area WHERE township_code = '{0}'
            """,
        [TransferTarget.Units] = """
            SELECT string_agg(concat_ws('|', u.code, u.name, u.kind, u.phone, p.code), E'\n' ORDER BY u.code)
            FROM zones.unit u LEFT JOIN zones.unit p ON p.id = u.parent_id WHERE u.township_code = '{0}'
            """,
        [TransferTarget.People] = """
            SELECT string_agg(concat_ws('|', p.code, p.name, p.title, p.phone, u.code), E'\n' ORDER BY p.code)
            FROM zones.person p LEFT JOIN zones.unit u ON u.id = p.unit_id WHERE p.township_code = '{0}'
            """,
        [TransferTarget.Assignments] = """
            SELECT string_agg(concat_ws('|', a.target_kind, coalesce(z.code, r.code), p.code, u.code, a.role, a.is_primary, a.valid_from, a.valid_to, a.note),
                              E'\n' ORDER BY a.target_kind, coalesce(z.code, r.code), a.valid_from)
            FROM zones.assignment a LEFT JOIN zones.zone z ON z.id = a.zone_id LEFT JOIN zones.road r ON r.id = a.road_id
            LEFT JOIN zones.person p ON p.id = a.person_id LEFT JOIN zones.unit u ON u.id = a.unit_id WHERE a.township_code = '{0}'
            """,
        [TransferTarget.Shops] = """
            SELECT string_agg(concat_ws('|', code, name, address, keeper_name, phone, ST_AsText(geom, 6)), E'\n' ORDER BY code)
            FROM zones.shop WHERE township_code = '{0}'
            """,
        [TransferTarget.Places] = """
            SELECT string_agg(concat_ws('|', kind, name, households, ST_AsText(geom, 6)), E'\n' ORDER BY name)
            FROM zones.place WHERE township_code = '{0}'
            """,
    };

    [Fact]
    public async Task Csv_starts_with_the_UTF8_BOM_and_has_Chinese_headers_labels_and_CRLF()
    {
        var csv = await ExportAsync(TransferTarget.Assets, TransferFormat.Csv);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Equal("编码,名称,类型,子类型,分类代码,状态,养护单位编码,养护单位名称,权属单位编码,权属单位名称,所在道路编码,安装日期,属性,乡镇代码,经度,纬度", Lines(csv)[0]);
        Assert.Contains("3305220301900001,南街旱厕,公厕,旱厕,0301,完好,U003,桑溪镇环境卫生管理所,,,,2006-07-01,,999999004000,119.80601,31.03488", Lines(csv));
    }

    [Fact]
    public async Task English_csv_has_our_names_and_codes_and_guards_formulas()
    {
        var lines = Lines(await ExportAsync(TransferTarget.Assets, TransferFormat.Csv, english: true));
        Assert.StartsWith("identifier,name,kind,subtype,class_code,status,maintainer,", lines[0]);
        Assert.Contains("ATTR-0001,'=cmd|' /C calc'!A0,streetlight,,0118,good,,,U004,", lines.Single(l => l.StartsWith("ATTR")));
    }

    // Issue #10: the guard covers every column, not only free text.
    [Theory]
    [InlineData(TransferTarget.Roads, "UPDATE zones.road SET code = '=1+2' WHERE code = 'R9001'", "'=1+2,")]
    [InlineData(TransferTarget.Complaints, "UPDATE zones.complaint SET external_id = '@SUM(A1)' WHERE id = (SELECT min(id) FROM zones.complaint)", ",'@SUM(A1),")]
    public async Task Every_csv_column_is_guarded_against_formulas(TransferTarget target, string sql, string cell)
    {
        await Db.ExecuteAsync(sql);
        var text = Encoding.UTF8.GetString(await ExportAsync(target, TransferFormat.Csv, english: true));
        Assert.Contains(cell, text);
    }

    [Fact]
    public void A_negative_coordinate_is_a_number_not_a_formula() => Assert.Equal("-12.5", Csv.Guard("-12.5"));

    [Fact]
    public async Task GeoJSON_is_a_feature_collection_with_our_field_names_and_readable_Chinese()
    {
        var bytes = await ExportAsync(TransferTarget.Roads, TransferFormat.GeoJson);
        using var json = JsonDocument.Parse(bytes);
        var features = json.RootElement.GetProperty("features");
        Assert.Equal((4, "LineString", "arterial"), (features.GetArrayLength(), features[0].GetProperty("geometry").GetProperty("type").GetString(),
                                                     features[0].GetProperty("properties").GetProperty("class").GetString()));
        Assert.Contains("\"name\":\"人民路\"", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task A_box_keeps_only_what_it_touches() =>
        Assert.Equal(2, Lines(await ExportAsync(TransferTarget.Assets, TransferFormat.Csv, box: new LonLatBox(119.8060, 31.0348, 119.8061, 31.0349)))
            .Count(l => l.Length > 0));

    [Theory]
    [InlineData(TransferFormat.Csv, false)]
    [InlineData(TransferFormat.Csv, true)]
    [InlineData(TransferFormat.GeoJson, false)]
    [InlineData(TransferFormat.Xlsx, false)]
    [InlineData(TransferFormat.Xlsx, true)]
    public async Task Every_target_exported_imports_into_a_fresh_township_unchanged(TransferFormat format, bool english)
    {
        foreach (var target in Enum.GetValues<TransferTarget>())
        {
            // Upsert: the fresh township shares the test units, which are then "same".
            var report = await Db.ImportAsync(target, await ExportAsync(target, format, english),
                r => r with { Mode = target == TransferTarget.Complaints ? ImportMode.Insert : ImportMode.Upsert },
                township: TransferDatabase.FreshTownship);
            Assert.True(report.Succeeded, $"{target}: {ImportReportText.Format(report)}");
            Assert.Equal(await Db.ScalarAsync<string>(string.Format(Rows[target], TransferDatabase.Township)),
                         await Db.ScalarAsync<string>(string.Format(Rows[target], TransferDatabase.FreshTownship)));
        }
    }
}
