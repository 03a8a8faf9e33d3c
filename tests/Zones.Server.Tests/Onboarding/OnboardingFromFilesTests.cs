using System.Text.Json;
using NetTopologySuite.Geometries;
using Zones.Server.Spatial;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Transfer.SurveyFiles;
using static Zones.Server.Tests.Onboarding.OnboardingWorld;

namespace Zones.Server.Tests.Onboarding;

/// <summary>
/// Issue #11's proof: a county puts a new township on a fresh installation from the files it already
/// has — no SQL. The first admin comes from the CLI; the township is created through GraphQL; the
/// village boundaries come from a GBK Shapefile in CGCS2000 Gauss–Krüger zone 40 (with a 0.3 m sliver
/// between two villages, snapped at 0.5 m), the built-up area from a GeoPackage, the 花名册, the 包联表
/// and the asset 台账 from .xlsx workbooks; then the coverage-gap analysis of the township answers.
/// </summary>
public class OnboardingFromFilesTests(OnboardingWorld world) : IClassFixture<OnboardingWorld>
{
    const string Code = "330522230000";
    const int Zone40 = 4528;

    /// <summary>The survey grid: metres east and north of a corner at 120.05°E 30.85°N, in zone 40 with its prefix.</summary>
    static readonly (double X, double Y) Corner = Corner0();

    static (double, double) Corner0()
    {
        var p = Projection.For(Crs.FromEpsg(Zone40)).Forward(120.05, 30.85);
        return (p.X, p.Y);
    }

    static Polygon Rectangle(double west, double south, double east, double north)
    {
        var (x, y) = Corner;
        return new GeometryFactory().CreatePolygon([
            new(x + west, y + south), new(x + east, y + south), new(x + east, y + north), new(x + west, y + north), new(x + west, y + south)]);
    }

    [Fact]
    public async Task A_county_puts_a_new_township_on_Zones_from_its_own_files_and_its_gaps_answer()
    {
        // 1. The first admin of the installation, from the CLI (password on stdin).
        var cli = await ProcessRunner.RunServerWithInputAsync(world.ConnectionString, "first-admin-password-2026\n",
            "admin", "user", "add", "county-office", "--role", "admin", "--installation");
        Assert.True(cli.ExitCode == 0, cli.Stdout + cli.Stderr);
        var admin = await world.SignInAsync("county-office", "first-admin-password-2026", "county-office-password-2027");

        // 2. The township, through GraphQL; a bad code is explained first.
        var bad = await GraphQLAsync(admin, """mutation { createTownship(input: { code: "33052223", name: "青山乡" }) { errors { __typename ... on UserError { message } } } }""");
        Assert.Contains("12", bad.GetProperty("createTownship").GetProperty("errors")[0].GetProperty("message").GetString());
        var created = await GraphQLAsync(admin, $$"""
            mutation { createTownship(input: { code: "{{Code}}", name: "青山乡", countyName: "长兴县" }) {
              township { code name countyCode countyName } errors { ... on UserError { message } } } }
            """);
        Assert.Equal("青山乡/330522/长兴县", string.Join('/', new[] { "name", "countyCode", "countyName" }
            .Select(f => created.GetProperty("createTownship").GetProperty("township").GetProperty(f).GetString())));

        // 3. The township boundary and the villages from GBK Shapefiles with a zone-40 .prj; the villages
        //    have no codes (numbered under the township's) and overlap by a 0.3 m sliver, snapped at 0.5 m.
        var boundary = ShapefileZip([(Rectangle(0, 0, 3000, 2000), new() { ["名称"] = "青山乡", ["层级"] = "乡镇", ["编码"] = Code })],
                                    Gbk, Zone40Prj, "GBK", name: "乡镇界");
        Assert.Equal(1, Written(await ImportAsync(admin, $"/import/zones?township={Code}", boundary)));
        var villages = ShapefileZip([
            (Rectangle(0, 0, 1500.3, 2000), new() { ["名称"] = "青山村", ["层级"] = "村", ["上级编码"] = Code }),
            (Rectangle(1500, 0, 3000, 2000), new() { ["名称"] = "竹林村", ["层级"] = "村", ["上级编码"] = Code }),
        ], Gbk, Zone40Prj, "GBK");
        var inspection = await ImportAsync(admin, $"/import/inspect?target=zones&township={Code}&fileName=村界.zip", villages);
        Assert.Equal("SHAPEFILE EPSG:4528 GB18030", $"{inspection.GetProperty("format")} {inspection.GetProperty("crs")} {inspection.GetProperty("encoding")}");
        Assert.Equal("青山村", inspection.GetProperty("preview")[0][0].GetString());
        var dryRun = await ImportAsync(admin, $"/import/zones?township={Code}&dryRun=true", villages);
        var sliver = Assert.Single(dryRun.GetProperty("topology").EnumerateArray(), f => f.GetProperty("kind").GetString() == "sliver");
        Assert.InRange(sliver.GetProperty("areaM2").GetDouble(), 500, 700);   // 0.3 m × 2000 m
        var snapped = await ImportAsync(admin, $"/import/zones?township={Code}&snapToleranceM=0.5", villages);
        Assert.Equal(2, Written(snapped));
        Assert.All(snapped.GetProperty("topology").EnumerateArray(), f => Assert.True(f.GetProperty("snapped").GetBoolean(), f.ToString()));

        // 4. The built-up area from a GeoPackage in the same CRS.
        var builtUp = GeoPackage("建成区", Zone40, Zone40Prj, [(Rectangle(1000, 500, 2000, 1500), new() { ["名称"] = "青山集镇" })]);
        Assert.Equal(1, Written(await ImportAsync(admin, $"/import/built_up_areas?township={Code}", builtUp)));

        // 5. The 花名册: units and people, two sheets of one workbook, Chinese headers.
        var roster = Xlsx(new()
        {
            ["单位"] = new[]
            {
                new Dictionary<string, object> { ["编码"] = "QS01", ["名称"] = "青山乡人民政府", ["类型"] = "政府", ["联系电话"] = "0572-6000001" },
                new Dictionary<string, object> { ["编码"] = "QS02", ["名称"] = "竹林村村委会", ["类型"] = "村委会", ["联系电话"] = "0572-6000002" },
            },
            ["人员"] = new[]
            {
                new Dictionary<string, object> { ["姓名"] = "李青", ["单位"] = "青山乡人民政府", ["职务"] = "乡长", ["联系电话"] = "13800000001" },
                new Dictionary<string, object> { ["姓名"] = "王竹", ["单位"] = "竹林村村委会", ["职务"] = "村支书", ["联系电话"] = "13800000002" },
            },
        });
        Assert.Equal(2, Written(await ImportAsync(admin, $"/import/units?township={Code}&layer=单位", roster)));
        Assert.Equal(2, Written(await ImportAsync(admin, $"/import/people?township={Code}&layer=人员", roster)));

        // 6. The 包联表: every zone gets its primary owner.
        var owners = Xlsx(new()
        {
            ["包联表"] = new[]
            {
                Owner("青山乡", "李青", "领导"), Owner("青山村", "李青", "领导"), Owner("竹林村", "王竹", "村干部"),
            },
        });
        Assert.Equal(3, Written(await ImportAsync(admin, $"/import/assignments?township={Code}", owners)));

        // 7. The asset 台账 with surveyed zone-40 coordinates: a toilet kept by the village committee.
        var (x, y) = Corner;
        var ledger = Xlsx(new()
        {
            ["部件台账"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["编号"] = "QS-WC-0001", ["类型"] = "公厕", ["名称"] = "青山集镇公厕", ["管护单位"] = "QS02",
                    ["X坐标"] = Math.Round(x + 1100, 3), ["Y坐标"] = Math.Round(y + 600, 3),
                },
            },
        });
        Assert.Equal(1, Written(await ImportAsync(admin, $"/import/assets?township={Code}&crs=EPSG:4528", ledger)));

        // 8. The township's coverage gaps answer: no zone without an owner, no toilet without a
        //    maintainer, and land of the built-up area beyond the toilet's 300 m reach.
        var township = await GraphQLAsync(admin, $$"""{ zone(code: "{{Code}}") { id children { name code } } }""");
        Assert.Equal("330522230201 青山村,330522230202 竹林村", string.Join(',', township.GetProperty("zone").GetProperty("children").EnumerateArray()
            .Select(c => $"{c.GetProperty("code").GetString()} {c.GetProperty("name").GetString()}").Order()));
        var gaps = await GraphQLAsync(admin, "query($id: ID) { coverageGaps(zoneId: $id) { kind zone { name } areaM2 } }",
                                      new { id = township.GetProperty("zone").GetProperty("id").GetString() });
        var kinds = gaps.GetProperty("coverageGaps").EnumerateArray().Select(g => g.GetProperty("kind").GetString()).ToList();
        Assert.DoesNotContain("ZONE_WITHOUT_OWNER", kinds);
        Assert.DoesNotContain("ASSET_WITHOUT_MAINTAINER", kinds);
        Assert.DoesNotContain("ZONE_OVERLAP", kinds);
        Assert.Contains("TOILET_REACH", kinds);
    }

    static Dictionary<string, object> Owner(string target, string person, string role) => new()
    {
        ["包联对象"] = target, ["对象类型"] = "片区", ["责任人"] = person, ["角色"] = role, ["主责"] = "是", ["开始日期"] = "2026-12-01",
    };

    static int Written(JsonElement report)
    {
        Assert.True(report.GetProperty("succeeded").GetBoolean(), report.ToString());
        return report.GetProperty("written").GetInt32();
    }
}
