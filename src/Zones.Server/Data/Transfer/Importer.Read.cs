using System.Text.RegularExpressions;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

// The in-memory half of an import: who may import, reading the file, mapping its columns, and
// checking every row before the database sees any of them.
sealed partial class Importer
{
    static readonly string[] ImportRoles = [Roles.Admin, Roles.Planner];

    /// <summary>The rows that passed, and the column map; nulls when the file as a whole was rejected.</summary>
    static (List<object?[]>? Staged, FieldMap? Map, int Read) Prepare(ImportRequest request, Actor actor, TargetImport target,
                                                                        double? townshipLongitude, ImportLog log)
    {
        if (!target.Maintains && request.Mode != ImportMode.Insert)
            log.RejectFile("INVALID_MODE", $"{request.Target.Label()}只能新增（insert），不能更新", $"{request.Target.Name()} can only be inserted, not updated");
        if (!CheckRequest(request, actor, log, out var declared))
            return (null, null, 0);
        var table = SourceReader.Read(request, townshipLongitude, log);
        if (table is null || ChooseCrs(declared, table, log) is not { } crs)
            return (null, null, table?.Read ?? 0);
        var map = FieldMap.Resolve(target.Fields, table.Columns, request.Mapping, log);
        if (map is null || !HasColumns(target, table, map, log))
            return (null, null, table.Read);
        return (Validate(target, table, map, crs, log), map, table.Read);
    }

    static bool CheckRequest(ImportRequest request, Actor actor, ImportLog log, out Crs? declared)
    {
        declared = null;
        if (!ImportRoles.Contains(actor.Role))
            log.RejectFile("FORBIDDEN", "只有管理员和规划员可以批量导入", "only admins and planners may import");
        else if (!Regex.IsMatch(request.TownshipCode, "^[0-9]{12}$"))
            log.RejectFile("INVALID_TOWNSHIP", $"乡镇代码“{request.TownshipCode}”应为 12 位统计用区划代码",
                           $"the township code \"{request.TownshipCode}\" must be a 12-digit division code");
        else
            try
            {
                declared = request.Crs is { Length: > 0 } name ? Crs.Parse(name) : null;
            }
            catch (CrsException e)
            {
                log.RejectFile("UNKNOWN_CRS", $"不支持的坐标系“{request.Crs}”", e.Message);
            }
        return !log.HasProblems;
    }

    /// <summary>
    /// The declared CRS, else the file's own, else WGS84. A GeoJSON file's "crs" member must agree with a
    /// declared one; a .prj or GeoPackage srs gives way to it (survey files often carry a wrong .prj), with a warning.
    /// </summary>
    internal static Crs? ChooseCrs(Crs? declared, SourceTable table, ImportLog log)
    {
        var inFile = table.FileCrs;
        if (declared is not null && inFile is not null && declared != inFile)
        {
            if (table.Format == TransferFormat.GeoJson)
            {
                log.RejectFile("CRS_MISMATCH", $"文件声明的坐标系是 {inFile}，与指定的 {declared} 不一致",
                               $"the file says its CRS is {inFile}, but the import declares {declared}");
                return null;
            }
            log.Warn(null, null, null, "CRS_OVERRIDDEN", $"文件的坐标系是 {inFile}，按指定的 {declared} 读取",
                     $"the file says its CRS is {inFile}; read as the declared {declared}");
        }
        var crs = declared ?? inFile ?? Crs.Wgs84;
        log.Crs = crs.ToString();
        log.CrsSource = declared is not null ? CrsSources.Declared : inFile is not null ? table.CrsSource : CrsSources.Default;
        if (table.Encoding is { } encoding)
            log.Encoding = encoding;
        return crs;
    }

    /// <summary>Required fields and the geometry need a column (or, in GeoJSON, the features' geometry).</summary>
    static bool HasColumns(TargetImport target, SourceTable table, FieldMap map, ImportLog log)
    {
        if (table.Format == TransferFormat.GeoJson && table.Rows.Count == 0)
            return true;   // no features, so no property names to look for
        var missing = target.Fields.Count(f => f.Required && !map.Has(f.Name));
        foreach (var field in target.Fields.Where(f => f.Required && !map.Has(f.Name)))
            log.RejectFile("MISSING_COLUMN", $"缺少必填列“{field.Header}”（{field.Name}）；可用 --map {field.Name}=列名 指定",
                           $"no column for the required field {field.Name} ({field.Header}); map one with --map {field.Name}=<column>");
        var hasXy = map.Has(TransferFields.X) && map.Has(TransferFields.Y);
        var noGeometry = target.Shape != Shape.None && table.Format is TransferFormat.Csv or TransferFormat.Xlsx && !map.Has(TransferFields.Wkt) && !(hasXy && target.Shape == Shape.Point);
        if (noGeometry)
            log.RejectFile("MISSING_COLUMN",
                target.Shape == Shape.Point ? "缺少坐标列：需要“经度”“纬度”两列（或 lon/lat、X坐标/Y坐标），或 WKT 列" : "缺少 WKT 几何列",
                target.Shape == Shape.Point ? "no coordinate columns: give lon and lat (经度, 纬度), or wkt" : "no wkt geometry column");
        return missing == 0 && !noGeometry;
    }

    /// <summary>Checks every row; returns the staged values of those that passed. A repeated key rejects the later row.</summary>
    static List<object?[]> Validate(TargetImport target, SourceTable table, FieldMap map, Crs crs, ImportLog log)
    {
        var staged = new List<object?[]>(table.Rows.Count);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var reader = new RowReader(row, map, crs, log);
            var values = target.Stage(reader);
            if (target.KeyUniqueInFile && reader.Text(target.KeyField) is { } key && !firstRowOf.TryAdd(key, row.Row))
            {
                var (zh, en) = log.RowName(firstRowOf[key]);
                reader.Reject(target.KeyField, key, "DUPLICATE_IN_FILE", $"与{zh}重复：{map.Header(target.KeyField)}“{key}”",
                              $"duplicates {en}: {target.KeyField} \"{key}\"");
            }
            if (values is not null && !reader.Rejected)
                staged.Add(values);
        }
        return staged;
    }
}
