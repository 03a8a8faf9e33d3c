using System.Text;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Transfer;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>
/// Bulk import (planner, admin): a GeoJSON or CSV file's text through <see cref="Importer"/>, all or
/// nothing; the payload's report lists every rejected row. Export is HTTP (<c>GET /export/…</c>).
/// </summary>
static class TransferMutations
{
    /// <summary>The largest file importFeatures takes, in UTF-8 bytes.</summary>
    public const int MaxContentBytes = 20 << 20;

    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "importFeatures",
            "Imports zones, roads, assets, complaints, built-up areas, units, people (花名册), 包联, shops or places from a GeoJSON or CSV file's text, all or nothing: " +
            "every row is checked first and nothing is written when any row is rejected (report.problems says which and why). " +
            "mode: INSERT refuses existing keys, UPDATE unknown ones, UPSERT does both; rows equal to the database are left alone. " +
            "dryRun checks without writing; report.changes says what would be added or changed, field by field.",
            async (input, ctx) =>
            {
                if (Require(ctx, "批量导入", "import features", Editors) is { } forbidden)
                    return Fail(forbidden);
                if (Content(input) is not { } content)
                    return Fail(new InvalidInputError(
                        "请只给出 content（文本文件）或 contentBase64（Shapefile 压缩包、GeoPackage、Excel）之一。" +
                        "Pass either content (a text file) or contentBase64 (a zipped Shapefile, GeoPackage or .xlsx), valid base64, not both.",
                        "contentBase64"));
                if (content.Length > MaxContentBytes)
                    return Fail(new InvalidInputError(
                        $"导入文件过大：{content.Length / (1 << 20)} MB，最多 {MaxContentBytes >> 20} MB。请把文件拆成几份分别导入。" +
                        $"The file is too large ({content.Length} bytes); importFeatures takes at most {MaxContentBytes >> 20} MB: split it and import the parts.",
                        "content"));
                if (content.Length == 0 || content.Span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
                    return Fail(new InvalidInputError("导入文件为空。The content is empty: pass the file's text.", "content"));
                var mapping = (input.GetValueOrDefault("mapping") as IEnumerable<object?>)?.Select(Map)
                    .GroupBy(m => m.Text("field")!, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Last().Text("column")!, StringComparer.Ordinal);
                var request = new ImportRequest((TransferTarget)input["target"]!, input.Text("townshipCode")!, content)
                {
                    Format = input.Value<TransferFormat>("format"),
                    Crs = input.Text("crs"),
                    Layer = input.Text("layer"),
                    Mapping = mapping,
                    DryRun = input.Bool("dryRun"),
                    SnapToleranceM = input.GetValueOrDefault("snapToleranceM") as double?,
                    Mode = input.Value<ImportMode>("mode") ?? ImportMode.Insert,
                };
                var report = await ctx.Get<Importer>().ImportAsync(request, ctx.Zones().Actor!, ctx.CancellationToken);
                return Result([], ("report", report));
            });
    }

    /// <summary>The file's bytes: the text as UTF-8, or the base64 decoded; null when both or neither are given, or the base64 is bad.</summary>
    static ReadOnlyMemory<byte>? Content(IReadOnlyDictionary<string, object?> input)
    {
        var (text, base64) = (input.Text("content"), input.Text("contentBase64"));
        if (text is not null == base64 is not null)
            return text is null ? ReadOnlyMemory<byte>.Empty : null;
        if (text is not null)
            return Encoding.UTF8.GetBytes(text);
        try
        {
            return Convert.FromBase64String(base64!);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static IEnumerable<NamedType> Types =>
    [
        new EnumType("TransferTarget", e =>
        {
            e.Description("What an import writes to (or an export reads from).");
            e.Value("ZONES", TransferTarget.Zones, "片区 (polygons)");
            e.Value("ROADS", TransferTarget.Roads, "路段 (line strings)");
            e.Value("ASSETS", TransferTarget.Assets, "部件 (points)");
            e.Value("COMPLAINTS", TransferTarget.Complaints, "案卷 (points); imported with mode INSERT only.");
            e.Value("BUILT_UP_AREAS", TransferTarget.BuiltUpAreas, "建成区 (polygons); key: the name.");
            e.Value("UNITS", TransferTarget.Units, "单位 (no geometry); key: the code.");
            e.Value("PEOPLE", TransferTarget.People, "人员, the 花名册 (no geometry); key: the code, made from name and unit when the file has none.");
            e.Value("ASSIGNMENTS", TransferTarget.Assignments, "包联 (no geometry); key: target + owner + role + start date.");
            e.Value("SHOPS", TransferTarget.Shops, "门店 (points); key: the code.");
            e.Value("PLACES", TransferTarget.Places, "场所 (points); key: kind + name.");
        }),
        new EnumType("ImportMode", e =>
        {
            e.Description("What an import does with rows whose key the township already has.");
            e.Value("INSERT", ImportMode.Insert, "新增: only new keys; an existing key rejects the row (DUPLICATE).");
            e.Value("UPDATE", ImportMode.Update, "更新: only existing keys; an unknown key rejects the row (NOT_FOUND).");
            e.Value("UPSERT", ImportMode.Upsert, "新增或更新: new keys are added, existing ones changed.");
        }),
        new ObjectType("FieldChange", t =>
        {
            t.Description("One field an import adds or changes, as text.");
            t.Field("field", "String!").Description("The column as the file names it (名称), our name when the file has no such column.");
            t.Field("before", "String").Description("In the database; null for an added row.");
            t.Field("after", "String").Description("From the file.");
        }),
        new ObjectType("ImportChange", t =>
        {
            t.Description("What an import does (or, in a dry run, would do) with one accepted row.");
            t.Field("row", "Int!").Description("As ImportProblem.row.");
            t.Field("key", "String!").Description("The row's key: a code, an identifier; for 包联 target · owner · role · start date.");
            t.Field("action", "String!").Description("add, change or same (left alone: not written).");
            t.Field("fields", "[FieldChange!]!").Description("add: the values written (for the first 1000 added rows); change: the fields that differ; same: none.");
        }),
        new EnumType("TransferFormat", e =>
        {
            e.Description("A file format of import and export.");
            e.Value("CSV", TransferFormat.Csv, "RFC 4180 CSV with a header row; points as lon/lat (or x/y) columns or a WKT column.");
            e.Value("GEOJSON", TransferFormat.GeoJson, "An RFC 7946 FeatureCollection.");
            e.Value("SHAPEFILE", TransferFormat.Shapefile, "An Esri Shapefile zipped (.shp, .shx, .dbf, .prj, .cpg; flat or in a folder); DBF text in UTF-8 or GBK.");
            e.Value("GEOPACKAGE", TransferFormat.GeoPackage, "An OGC GeoPackage (.gpkg); one feature table (layer) is read.");
            e.Value("XLSX", TransferFormat.Xlsx, "An Excel workbook (.xlsx); one sheet (layer), header row first, like CSV.");
        }),
        new InputObjectType("ColumnMappingInput", t =>
        {
            t.Description("Which column (or GeoJSON property) of the file holds one of our fields.");
            t.Field("field", "String!", "Our field name, e.g. identifier, kind, lon, lat, wkt.");
            t.Field("column", "String!", "The file's column or property, e.g. 设施编号.");
        }),
        new InputObjectType("ImportFeaturesInput", t =>
        {
            t.Field("target", "TransferTarget!");
            t.Field("townshipCode", "String!", "The 12-digit division code of the township the rows belong to.");
            t.Field("content", "String", $"The file's text (GeoJSON or CSV), at most {MaxContentBytes >> 20} MB; or give contentBase64.");
            t.Field("contentBase64", "String", "A binary file (zipped Shapefile, GeoPackage, .xlsx) or any file, base64-encoded; instead of content.");
            t.Field("layer", "String", "The GeoPackage feature table, the .xlsx sheet or the zip's .shp (base name) to read; default the first.");
            t.Field("format", "TransferFormat", "Default: detected from the first bytes (zip: Shapefile or .xlsx by its entries; SQLite: GeoPackage; { GeoJSON; else CSV).");
            t.Field("crs", "String", "CRS of the coordinates, e.g. EPSG:4528, GCJ02, BD09, CGCS2000; default the GeoJSON's own crs member, else WGS84.");
            t.Field("mapping", "[ColumnMappingInput!]", "Columns the default headers (ours or the usual Chinese ones) do not find.");
            t.Field("dryRun", "Boolean", "Check everything, write nothing.", defaultValue: false);
            t.Field("snapToleranceM", "Float", "Zones: snap the imported polygons to their siblings within this many metres (0.5 is usual); null only reports slivers, overlaps and gaps.");
            t.Field("mode", "ImportMode", "INSERT (default), UPDATE or UPSERT by each target's key; zones with a version column must carry the current version.",
                    defaultValue: ImportMode.Insert);
        }),
        new ObjectType("ImportProblem", t =>
        {
            t.Description("A rejected row (or the whole file, when row is null), or a warning.");
            t.Field("row", "Int").Description("CSV: the row number Excel shows (header is 1, first data row 2). GeoJSON: the feature's index from 0. Null: the whole file.");
            t.Field("field", "String").Description("The column or property as the file names it, when one field is at fault.");
            t.Field("value", "String").Description("The value as written in the file.");
            t.Field("code", "String!").Description("Stable code: REQUIRED, INVALID_VALUE, DUPLICATE, NOT_FOUND …");
            t.Field("message", "String!").Description("Why, in Chinese.");
            t.Field("messageEn", "String!").Description("Why, in English.");
        }),
        new ObjectType("ImportReport", t =>
        {
            t.Description("What an import did. All or nothing: written is 0 unless problems is empty and it was not a dry run.");
            t.Field("target", "TransferTarget!");
            t.Field("townshipCode", "String!");
            t.Field("format", "TransferFormat").Description("As read; null when the file could not be read at all.");
            t.Field("crs", "String");
            t.Field("encoding", "String");
            t.Field("dryRun", "Boolean!");
            t.Field("read", "Int!").Description("Data rows (or features) in the file.");
            t.Field("accepted", "Int!").Description("Rows that passed every check.");
            t.Field("rejected", "Int!").Description("Rows with at least one problem.");
            t.Field("written", "Int!").Description("Rows written to the database.");
            t.Field("succeeded", "Boolean!").Description("True when nothing was rejected (and so, unless a dry run, everything was written).");
            t.Field("problems", "[ImportProblem!]!").Description("Every problem, in file order; file-wide ones first.");
            t.Field("warnings", "[ImportProblem!]!").Description("Written anyway but worth a look.");
            ImportGeometryTypes.ReportFields(t);
            t.Field("mode", "ImportMode!");
            t.Field("added", "Int!").Description("Rows added (or, in a dry run, that would be).");
            t.Field("changed", "Int!").Description("Rows that change an existing row.");
            t.Field("unchanged", "Int!").Description("Rows equal to the database: not written.");
            t.Field("changes", "[ImportChange!]!").Description("Per accepted row, what the import does, field by field; empty when rows were rejected.");
        }),
        .. ImportGeometryTypes.All,
        Payload("importFeatures", ("report", "ImportReport")),
        ErrorTypes.Union("importFeatures"),
    ];
}
