using Zones.Server.Data;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Cli;

/// <summary>
/// <c>import &lt;file|-&gt; --into zones|roads|assets|complaints|built_up_areas|units|people|assignments|shops|places
/// --township CODE [--mode insert|update|upsert] [--crs EPSG:4528] [--map name=名称,identifier=编号]
/// [--format csv|geojson|shapefile|geopackage|xlsx] [--layer NAME] [--encoding gbk] [--dry-run] [--snap 0.5] [--report rejected.csv]</c>:
/// prints the report (Chinese, then English); exits 0 when written (or a clean dry run), 1 when
/// anything was rejected (then nothing was written), 2 when the file cannot be read, 64 on bad usage.
/// </summary>
static class ImportCommand
{
    public const string Usage =
        "import <file|-> --into zones|roads|assets|complaints|built_up_areas|units|people|assignments|shops|places " +
        "--township CODE [--mode insert|update|upsert] [--crs EPSG:4528] " +
        "[--map field=列名,…] [--format csv|geojson|shapefile|geopackage|xlsx] [--layer NAME] [--encoding utf-8|gbk] [--dry-run] [--snap 0.5] [--report rejected.csv]";

    static readonly string[] Valued = ["into", "township", "mode", "crs", "map", "format", "encoding", "report", "snap", "layer"];
    static readonly string[] Flags = ["dry-run"];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (Parse(args, Valued, Flags, out var positional) is not { } options)
            return Fail(null);
        if (positional.Count != 1)
            return Fail("give one file to import (or - for standard input)");
        if (Request(options, out var error) is not { } request)
            return Fail(error);
        var file = positional[0];
        if (file != "-" && !File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"zones: 文件不存在 no such file: {file}");
            return 2;
        }
        request = request with { Content = file == "-" ? await ReadStdinAsync() : await File.ReadAllBytesAsync(file) };
        var importer = ActivatorUtilities.GetServiceOrCreateInstance<Importer>(app.Services);
        var actor = new Actor($"cli:{Environment.UserName}", Roles.Admin);
        var report = await importer.ImportAsync(request, actor, CancellationToken.None);
        Console.Out.Write(ImportReportText.Format(report));
        if (options.TryGetValue("report", out var reportFile))
        {
            await using var output = File.Create(reportFile[^1]);
            ImportReportText.WriteCsv(report, output);
        }
        return report.Succeeded ? 0 : 1;
    }

    static ImportRequest? Request(Dictionary<string, List<string>> options, out string? error)
    {
        error = null;
        var target = One(options, "into") is { } into ? TransferTargets.Parse(into) : null;
        var township = One(options, "township");
        var format = One(options, "format")?.ToLowerInvariant();
        var mode = One(options, "mode") is { } m ? ImportModes.Parse(m) : ImportMode.Insert;
        if (target is null || township is null || mode is null || format is not (null or "csv" or "geojson" or "json" or "shapefile" or "shp" or "geopackage" or "gpkg" or "xlsx"))
        {
            error = target is null ? "--into must be zones, roads, assets, complaints, built_up_areas, units, people, assignments, shops or places"
                : township is null ? "--township CODE is required"
                : mode is null ? "--mode must be insert, update or upsert" : "--format must be csv, geojson, shapefile, geopackage or xlsx (default: told from the file)";
            return null;
        }
        if (Mapping(options, out error) is not { } mapping)
            return null;
        return new ImportRequest(target.Value, township, ReadOnlyMemory<byte>.Empty)
        {
            Format = format switch
            {
                null => null, "csv" => TransferFormat.Csv, "shapefile" or "shp" => TransferFormat.Shapefile,
                "geopackage" or "gpkg" => TransferFormat.GeoPackage, "xlsx" => TransferFormat.Xlsx, _ => TransferFormat.GeoJson,
            },
            Layer = One(options, "layer"),
            Crs = One(options, "crs"),
            Encoding = One(options, "encoding"),
            Mapping = mapping,
            DryRun = options.ContainsKey("dry-run"),
            SnapToleranceM = double.TryParse(One(options, "snap"), System.Globalization.NumberStyles.Float,
                                             System.Globalization.CultureInfo.InvariantCulture, out var snap) ? snap : null,
            Mode = mode.Value,
        };
    }

    /// <summary><c>--map name=名称,identifier=编号</c>, repeatable.</summary>
    static Dictionary<string, string>? Mapping(Dictionary<string, List<string>> options, out string? error)
    {
        error = null;
        var mapping = new Dictionary<string, string>();
        foreach (var pair in options.GetValueOrDefault("map", []).SelectMany(m => m.Split(',', StringSplitOptions.TrimEntries)))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                error = $"--map takes field=column pairs, not \"{pair}\"";
                return null;
            }
            mapping[parts[0]] = parts[1];
        }
        return mapping;
    }

    static async Task<byte[]> ReadStdinAsync()
    {
        using var buffer = new MemoryStream();
        await Console.OpenStandardInput().CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// <c>--name value</c> or <c>--name=value</c> options, flags, and positional arguments; null after
    /// printing the problem for an unknown option or a missing value.
    /// </summary>
    internal static Dictionary<string, List<string>>? Parse(string[] args, string[] valued, string[] flags,
                                                              out List<string> positional)
    {
        positional = [];
        var options = new Dictionary<string, List<string>>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var (name, inline) = args[i][2..].Split('=', 2) is [var n, var v] ? (n, v) : (args[i][2..], null);
            if (flags.Contains(name) && inline is null)
                options[name] = ["true"];
            else if (valued.Contains(name) && (inline ?? (i + 1 < args.Length ? args[++i] : null)) is { } value)
                (options.TryGetValue(name, out var list) ? list : options[name] = []).Add(value);
            else
            {
                Console.Error.WriteLine($"zones: unknown option or missing value: {args[i]}");
                return null;
            }
        }
        return options;
    }

    static string? One(Dictionary<string, List<string>> options, string name) =>
        options.TryGetValue(name, out var values) ? values[^1] : null;

    /// <summary>Prints the problem (if not printed already) and the usage; exit code 64 (EX_USAGE).</summary>
    internal static int Fail(string? message)
    {
        if (message is not null)
            Console.Error.WriteLine($"zones: {message}");
        Console.Error.WriteLine($"usage: zones {Usage}");
        Console.Error.WriteLine($"       zones {ExportCommand.Usage}");
        return 64;
    }
}
