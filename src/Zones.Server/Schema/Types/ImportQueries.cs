using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Transfer;
using Zones.Server.Schema.Mutations;

namespace Zones.Server.Schema.Types;

/// <summary>
/// The import wizard's reads (issue #11 §2–3): <c>inspectImport</c> (what a file holds and how it
/// would be read; planners and admins) and <c>importTemplates</c> (the .xlsx templates by target).
/// </summary>
public static class ImportQueries
{
    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("inspectImport", "ImportInspection!", async (_, _, ctx) => await InspectAsync(ctx))
            .Argument("input", "InspectImportInput!")
            .Description("Reads an uploaded file as an import would, without writing: format, CRS and where it came from, encoding, " +
                         "layers, columns, the first 10 rows, and for a target the column each field would be read from. Planners and admins.");
        t.Field("importTemplates", "[ImportTemplate!]!", (_, _, _) => ValueTask.FromResult<object?>(Templates()))
            .Description("The .xlsx import templates: Chinese headers, an example row and a 说明 sheet, one per target.");
    }

    static async Task<object?> InspectAsync(ResolveContext ctx)
    {
        if (MutationKit.Require(ctx, "检查导入文件", "inspect an import file", MutationKit.Editors) is { } refused)
            throw new GraphQLError(refused.Message);
        var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
        byte[] content;
        try
        {
            content = Convert.FromBase64String(input.Text("contentBase64") ?? "");
        }
        catch (FormatException)
        {
            throw new GraphQLError("contentBase64 不是有效的 base64。contentBase64 is not valid base64.");
        }
        var township = input.Text("townshipCode");
        if (township is not null && !await ctx.Zones().Access.CanReadAsync(township, ctx.CancellationToken))
            township = null;
        return await ctx.Get<ImportInspector>().InspectAsync(new InspectRequest(content, input.Text("fileName"), input.GetValueOrDefault("target") as TransferTarget?)
            { Crs = input.Text("crs"), Encoding = input.Text("encoding"), Layer = input.Text("layer"), TownshipCode = township }, ctx.CancellationToken);
    }

    static List<Dictionary<string, object?>> Templates() =>
        Enum.GetValues<TransferTarget>().Select(t => new Dictionary<string, object?>
            { ["target"] = t, ["label"] = t.Label(), ["url"] = $"/import/templates/{t.Name()}.xlsx" }).ToList();

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("InspectImportInput", t =>
        {
            t.Field("contentBase64", "String!", "The file, base64-encoded (at most 20 MB; POST /import/inspect takes 50 MB raw).");
            t.Field("fileName", "String", "The file's name, for messages.");
            t.Field("target", "TransferTarget", "What it would be imported as: adds mapping and fields.");
            t.Field("crs", "String", "Declared CRS, e.g. EPSG:4528; overrides the file's.");
            t.Field("encoding", "String", "utf-8 or gbk; default detected.");
            t.Field("layer", "String", "GeoPackage table, .xlsx sheet or the zip's .shp; default the first.");
            t.Field("townshipCode", "String", "The township it would go to: plain Gauss–Krüger eastings without .prj are read in its zone.");
        }),
        new ObjectType("ImportInspection", t =>
        {
            t.Description("A file as the importer would read it.");
            t.Field("format", "TransferFormat").Description("Null when the file could not be read at all.");
            t.Field("crs", "String").Description("The CRS the coordinates would be read in, e.g. EPSG:4528.");
            t.Field("crsSource", "String").Description("file (.prj, GeoPackage srs, GeoJSON crs), declared, guessed (from the coordinates) or default (WGS84).");
            t.Field("encoding", "String").Description("UTF-8 or GB18030 (text files and Shapefile DBFs).");
            t.Field("layers", "[String!]!").Description("GeoPackage feature tables, workbook sheets or the zip's Shapefiles.");
            t.Field("layer", "String").Description("The layer read.");
            t.Field("columns", "[String!]!").Description("The file's columns (attributes), in order; geometry of Shapefiles and GeoPackages is not a column.");
            t.Field("rows", "Int!").Description("Data rows (features) in the file.");
            t.Field("preview", "[[String]!]!").Description("The first 10 rows, cells as text in the order of columns.");
            t.Field("mapping", "[ColumnMapping!]!").Description("Our field → the column it would be read from (defaults found; for the target asked).");
            t.Field("fields", "[ImportField!]!").Description("The target's fields: name, Chinese label, required.");
            t.Field("problems", "[ImportProblem!]!").Description("Why the file cannot be read, and warnings (a guessed CRS …).");
        }),
        new ObjectType("ImportField", t =>
        {
            t.Description("One of our fields of an import target.");
            t.Field("name", "String!");
            t.Field("label", "String!").Description("The Chinese header of the templates and exports.");
            t.Field("required", "Boolean!");
        }),
        new ObjectType("ColumnMapping", t =>
        {
            t.Description("Our field and the file's column it is read from.");
            t.Field("field", "String!");
            t.Field("column", "String!");
        }),
        new ObjectType("ImportTemplate", t =>
        {
            t.Description("An .xlsx template of an import target.");
            t.Field("target", "TransferTarget!");
            t.Field("label", "String!");
            t.Field("url", "String!").Description("GET it: /import/templates/{target}.xlsx.");
        }),
    ];
}
