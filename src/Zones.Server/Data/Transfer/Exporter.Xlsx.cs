using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Zones.Server.Data.Transfer;

// The .xlsx export (issue #11 §4): one sheet per target, the importer's Chinese headers frozen on
// the first row, columns as wide as their content, labels for codes, times already China time
// (the SQL formats them), lon/lat as numbers. The sheets import again unchanged (XlsxSource).
sealed partial class Exporter
{
    /// <summary>Excel's widest column, in characters.</summary>
    const int MaxWidth = 60;

    /// <summary>The layers of <c>/export/all.xlsx</c>, one sheet each, in this order.</summary>
    public static IReadOnlyList<TransferTarget> Layers { get; } =
        [TransferTarget.Zones, TransferTarget.BuiltUpAreas, TransferTarget.Roads, TransferTarget.Units, TransferTarget.People,
         TransferTarget.Shops, TransferTarget.Places, TransferTarget.Assets, TransferTarget.Assignments, TransferTarget.Complaints];

    /// <summary>Writes one sheet per request (named by the target's label) to <paramref name="output"/>; returns the rows written.</summary>
    public async Task<int> ExportXlsxAsync(IReadOnlyList<ExportRequest> requests, Stream output, CancellationToken ct)
    {
        var sheets = new Dictionary<string, object>();
        var widths = new Dictionary<string, int>();
        var rows = 0;
        foreach (var request in requests)
        {
            var sheet = await SheetAsync(request, widths, ct);
            sheets[request.Target.Label()] = sheet;
            rows += sheet.Count;
        }
        var config = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            DynamicColumns = widths.Select(w => new DynamicExcelColumn(w.Key) { Width = w.Value }).ToArray(),
        };
        // MiniExcel seeks while it writes the zip: build it in memory, then copy (HTTP bodies cannot seek).
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, configuration: config, cancellationToken: ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        return rows;
    }

    async Task<List<Dictionary<string, object?>>> SheetAsync(ExportRequest request, Dictionary<string, int> widths, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(request, ct);
        var columns = Columns(request.Target);
        var reporters = await ReporterColumns.ForAsync(columns, request.Access, ct);
        await using var reader = await cmd.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        var sheet = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync(ct))
        {
            var values = await reporters.ShowAsync(ReadValues(reader, columns.Count), ct);
            sheet.Add(Row(columns, values, request.English));
        }
        if (sheet.Count == 0)
            sheet.Add(columns.ToDictionary(c => Header(c, request.English), _ => (object?)null));   // the header row alone
        foreach (var c in columns.Select(c => Header(c, request.English)))
            widths[c] = Math.Max(widths.GetValueOrDefault(c), Math.Min(MaxWidth, Math.Max(Width(c), sheet.Max(r => Width(r[c]?.ToString()))) + 2));
        return sheet;
    }

    static Dictionary<string, object?> Row(IReadOnlyList<FieldSpec> columns, string?[] values, bool english)
    {
        var row = new Dictionary<string, object?>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
            row[Header(columns[i], english)] = values[i] is not { } v ? null
                : columns[i].Name is TransferFields.X or TransferFields.Y ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)
                : columns[i].Codes is { } codes && !english ? codes.Label(v) : v;
        return row;
    }

    static string Header(FieldSpec c, bool english) => english ? c.Name : c.Header;

    /// <summary>Display width: a Chinese character takes two columns.</summary>
    static int Width(string? text) => text is null ? 0 : text.Sum(ch => ch > 0x2E80 ? 2 : 1);
}
