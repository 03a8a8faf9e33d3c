using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// The .xlsx templates of the import (issue #11 §3): a sheet named after the target with our
/// Chinese headers (from <see cref="TransferFields"/>, so every target and field there gets one)
/// and one example row, and a 说明 sheet with each column's field name, whether it is required,
/// the values it takes and the other headers the importer also recognises.
/// </summary>
static class ImportTemplates
{
    public const string NotesSheet = "说明";

    // Example values by field name; coded fields take their first label, other fields go blank.
    static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["code"] = "330522125001201", ["name"] = "示例名称", ["parent_code"] = "330522125001", ["identifier"] = "LJT-0001",
        ["road_code"] = "R001", ["install_date"] = "2025-01-01", ["reported_at"] = "2025-01-01 08:30:00",
        ["description"] = "人民路垃圾箱满溢", ["address"] = "人民路 1 号", ["reporter_phone"] = "13800000000",
        ["phone"] = "0572-1234567", [TransferFields.X] = "119.8071", [TransferFields.Y] = "31.0321",
        [TransferFields.Wkt] = "POLYGON((119.807 31.030,119.811 31.030,119.811 31.034,119.807 31.034,119.807 31.030))",
    };

    static readonly Dictionary<TransferTarget, Dictionary<string, string>> ByTarget = new()
    {
        [TransferTarget.Roads] = new() { ["code"] = "R001", ["name"] = "人民路", [TransferFields.Wkt] = "LINESTRING(119.800 31.035,119.810 31.035)" },
        [TransferTarget.Zones] = new() { ["name"] = "施家村" },
    };

    /// <summary>The columns a template has: those the target imports, lon/lat for points and WKT for the others.</summary>
    public static IReadOnlyList<FieldSpec> Columns(TransferTarget target) =>
        Exporter.Columns(target).Where(f => !f.ExportOnly).ToList();

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Write(TransferTarget target)
    {
        var columns = Columns(target);
        var example = new Dictionary<string, object?>();
        foreach (var c in columns)
            example[c.Header] = Example(target, c);
        var notes = columns.Select(c => new Dictionary<string, object?>
        {
            ["列名"] = c.Header, ["字段"] = c.Name, ["必填"] = c.Required ? "是" : "否",
            ["可填的值"] = c.Codes?.Describe() ?? Hint(c), ["也可用的列名"] = string.Join("、", c.Aliases),
        }).ToList();
        using var output = new MemoryStream();
        output.SaveAs(new Dictionary<string, object> { [target.Label()] = new[] { example }, [NotesSheet] = notes },
                      configuration: new OpenXmlConfiguration { FreezeRowCount = 1, FastMode = true, EnableAutoWidth = true });
        return output.ToArray();
    }

    static string? Example(TransferTarget target, FieldSpec c) =>
        ByTarget.GetValueOrDefault(target)?.GetValueOrDefault(c.Name) ?? Examples.GetValueOrDefault(c.Name) ?? c.Codes?.Entries[0].Label;

    static string Hint(FieldSpec c) => c.Name switch
    {
        TransferFields.X => "经度（WGS84/CGCS2000，度）；投影坐标请在导入时指定坐标系",
        TransferFields.Y => "纬度（WGS84/CGCS2000，度）",
        TransferFields.Wkt => "WKT 几何，如 POLYGON((经度 纬度, …))；投影坐标请在导入时指定坐标系",
        var n when n.EndsWith("_date", StringComparison.Ordinal) => "日期，如 2025-01-01",
        var n when n.EndsWith("_at", StringComparison.Ordinal) => "北京时间，如 2025-01-01 08:30:00",
        var n when n.EndsWith("_code", StringComparison.Ordinal) => "编码",
        _ => "文本",
    };
}
