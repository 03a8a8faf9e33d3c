using Zones.Server.Data;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>All or nothing: a rejected row stops the whole file, and the report says where and why.</summary>
[Collection(TransferCollection.Name)]
public class ImportRejectionTests(TransferDatabase db) : TransferTests(db)
{
    const string Header = "编号,类型,经度,纬度\n";

    /// <summary>Imports assets; asserts nothing was written; returns "row field code" per problem.</summary>
    async Task<List<string>> RejectedAsync(string text, Func<ImportRequest, ImportRequest>? change = null,
                                           TransferTarget target = TransferTarget.Assets, Actor? actor = null)
    {
        var before = await Db.CountAsync("asset");
        var report = await Db.ImportAsync(target, text, change, actor: actor);
        Assert.False(report.Succeeded);
        Assert.Equal((0, before), (report.Written, await Db.CountAsync("asset")));
        return report.Problems.Select(p => $"{p.Row} {p.Field} {p.Code}".Trim()).ToList();
    }

    [Fact]
    public async Task A_file_with_bad_rows_writes_nothing_and_names_each_row_as_Excel_numbers_it()
    {
        var problems = await RejectedAsync(File.ReadAllText(TransferDatabase.Sample("assets_bad_rows.csv")));
        Assert.Equal(["3 类型 INVALID_VALUE", "4 编号 REQUIRED", "5 经度 OUT_OF_RANGE", "6 编号 DUPLICATE_IN_FILE",
                      "7 养护单位 NOT_FOUND", "8 状态 INVALID_VALUE"], problems);
    }

    [Fact]
    public async Task Each_problem_says_what_and_why_in_Chinese_then_English()
    {
        var report = await Db.ImportAsync(TransferTarget.Assets, Header + "BAD-0001,垃圾筒,119.8,31.03");
        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "类型", "垃圾筒"), (problem.Row, problem.Field, problem.Value));
        Assert.StartsWith("“垃圾筒”不是有效的类型，可填：公厕 toilet、垃圾箱 bin", problem.Message);
        Assert.StartsWith("\"垃圾筒\" is not a valid kind; use one of:", problem.MessageEn);
    }

    [Fact]
    public async Task A_duplicate_in_the_file_names_the_first_row() =>
        Assert.Contains("与第 2 行重复", (await Db.ImportAsync(TransferTarget.Assets,
            Header + "DUP-0001,垃圾箱,119.8,31.03\nDUP-0001,垃圾箱,119.8,31.03")).Problems.Single().Message);

    [Fact]
    public async Task An_identifier_already_in_the_township_is_rejected()
    {
        await Db.ImportAsync(TransferTarget.Assets, Header + "OLD-0001,垃圾箱,119.8,31.03");
        Assert.Equal(["3 编号 DUPLICATE"], await RejectedAsync(Header + "NEW-0001,垃圾箱,119.8,31.03\nOLD-0001,垃圾箱,119.8,31.03"));
    }

    [Fact]
    public async Task Swapped_longitude_and_latitude_get_a_hint() =>
        Assert.Contains("经度、纬度似乎填反了", (await Db.ImportAsync(TransferTarget.Assets, Header + "SWP-0001,垃圾箱,31.03,119.8"))
            .Problems.Single().Message);

    [Fact]
    public async Task Metres_without_a_declared_CRS_are_rejected_with_the_CRS_to_declare() =>
        Assert.Contains("EPSG:4528", (await Db.ImportAsync(TransferTarget.Assets, Header + "GK-0001,垃圾箱,40481204.055,3434916.871"))
            .Problems.Single().MessageEn);

    [Fact]
    public async Task A_surveyor_s_northing_as_X_is_recognised_as_swapped() =>
        Assert.Contains("X、Y 似乎填反了", (await Db.ImportAsync(TransferTarget.Assets,
            "编号,类型,X坐标,Y坐标\nGK-0001,垃圾箱,3434916.871,40481204.055", r => r with { Crs = "EPSG:4528" })).Problems.Single().Message);

    [Fact]
    public async Task Missing_required_columns_reject_the_file() =>
        // Neither 编号 (identifier) nor 类型 (kind) is there.
        Assert.Equal(["MISSING_COLUMN", "MISSING_COLUMN"], await RejectedAsync("名称,经度,纬度\n垃圾箱,119.8,31.03"));

    [Fact]
    public async Task An_unknown_CRS_rejects_the_file() =>
        Assert.Equal(["UNKNOWN_CRS"], await RejectedAsync(Header + "X-0001,垃圾箱,1,2", r => r with { Crs = "EPSG:9999" }));

    [Fact]
    public async Task A_viewer_may_not_import() =>
        Assert.Equal(["FORBIDDEN"], await RejectedAsync(Header + "X-0001,垃圾箱,119.8,31.03", actor: new Actor("v", Roles.Viewer)));

    [Fact]
    public async Task A_township_that_does_not_exist_rejects_the_file() =>
        Assert.Equal("TOWNSHIP_NOT_FOUND", (await Db.ImportAsync(TransferTarget.Assets, Header + "X-0001,垃圾箱,119.8,31.03",
            township: "999999004999")).Problems.Single().Code);

    [Fact]
    public async Task GeoJSON_problems_name_the_feature_index()
    {
        var report = await Db.ImportAsync(TransferTarget.Assets, """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"identifier": "GJ-0001", "kind": "bin"}, "geometry": {"type": "Point", "coordinates": [119.8, 31.03]}},
              {"type": "Feature", "properties": {"identifier": "GJ-0002", "kind": "bin"}, "geometry": {"type": "LineString", "coordinates": [[119.8, 31.03], [119.81, 31.03]]}}]}
            """);
        Assert.Equal([(1, "geometry", "WRONG_GEOMETRY_TYPE")], report.Problems.Select(p => (p.Row!.Value, p.Field!, p.Code)));
    }
}
