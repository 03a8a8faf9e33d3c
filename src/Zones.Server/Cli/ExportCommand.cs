using System.Globalization;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Cli;

/// <summary>
/// <c>export zones|roads|assets|complaints [--format geojson|csv] [--township CODE]
/// [--bbox minLon,minLat,maxLon,maxLat] [--english] [--out file]</c>: writes to the file or to
/// standard output. The format defaults to the file's extension (.csv, else GeoJSON).
/// </summary>
static class ExportCommand
{
    public const string Usage =
        "export zones|roads|assets|complaints [--format geojson|csv] [--township CODE] " +
        "[--bbox minLon,minLat,maxLon,maxLat] [--english] [--out file]";

    static readonly string[] Valued = ["format", "township", "bbox", "out"];
    static readonly string[] Flags = ["english"];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (ImportCommand.Parse(args, Valued, Flags, out var positional) is not { } options)
            return ImportCommand.Fail(null);
        if (positional is not [var name] || TransferTargets.Parse(name) is not { } target)
            return ImportCommand.Fail("name one of zones, roads, assets, complaints to export");
        var file = options.GetValueOrDefault("out")?[^1];
        var format = options.GetValueOrDefault("format")?[^1].ToLowerInvariant()
                     ?? (file?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true ? "csv" : "geojson");
        if (format is not ("csv" or "geojson" or "json"))
            return ImportCommand.Fail("--format must be csv or geojson");
        var box = options.GetValueOrDefault("bbox")?[^1] is { } text ? Box(text) : null;
        if (options.ContainsKey("bbox") && box is null)
            return ImportCommand.Fail("--bbox takes minLon,minLat,maxLon,maxLat, e.g. 119.78,31.01,119.83,31.06");
        var request = new ExportRequest(target, format == "csv" ? TransferFormat.Csv : TransferFormat.GeoJson)
        {
            TownshipCode = options.GetValueOrDefault("township")?[^1],
            Box = box,
            English = options.ContainsKey("english"),
        };
        var exporter = ActivatorUtilities.GetServiceOrCreateInstance<Exporter>(app.Services);
        await using var output = file is null ? Console.OpenStandardOutput() : File.Create(file);
        var rows = await exporter.ExportAsync(request, output, CancellationToken.None);
        await Console.Error.WriteLineAsync($"已导出 {rows} 条{target.Label()}。 Exported {rows} {target.Name()}" +
                                           (file is null ? "." : $" to {file}."));
        return 0;
    }

    static LonLatBox? Box(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN)
                           .ToArray();
        return numbers is [var a, var b, var c, var d] && numbers.All(double.IsFinite) && a < c && b < d
            ? new LonLatBox(a, b, c, d)
            : null;
    }
}
