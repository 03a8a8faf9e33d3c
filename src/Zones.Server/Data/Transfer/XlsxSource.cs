using System.Globalization;
using MiniExcelLibs;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Reads one sheet of an .xlsx workbook (the one named by the layer, else the first) into a
/// <see cref="SourceTable"/> the way <see cref="CsvSource"/> reads CSV: the first non-blank row is
/// the header, rows are numbered as Excel shows them, and cells become the text Excel would save
/// as CSV — dates as <c>yyyy-MM-dd</c> (with <c>HH:mm:ss</c> when they have a time), numbers
/// without a thousands separator or exponent, TRUE/FALSE as true/false.
/// </summary>
static class XlsxSource
{
    public static SourceTable? Read(ReadOnlyMemory<byte> content, string? layer, ImportLog log)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            var sheets = MiniExcel.GetSheetNames(stream);
            var sheet = layer is null ? sheets.FirstOrDefault() : sheets.Find(s => string.Equals(s, layer, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                log.RejectFile("UNKNOWN_LAYER", $"工作簿中没有工作表“{layer}”；有：{string.Join("、", sheets)}",
                               $"the workbook has no sheet \"{layer}\"; it has: {string.Join(", ", sheets)}");
                return null;
            }
            stream.Position = 0;
            var records = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet)
                .Select(r => ((IDictionary<string, object?>)r).Values.Select(Text).ToArray()).ToList();
            return Table(records, log) is { } table ? table with { Layers = sheets, Layer = sheet } : null;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException
                                      or ArgumentException or KeyNotFoundException or NotSupportedException or FormatException)
        {
            log.RejectFile("BAD_XLSX", $"无法读取 Excel 文件：{e.Message}（请在 Excel 中另存为 .xlsx 后再导入）",
                           $"cannot read the workbook: {e.Message} (save it as .xlsx in Excel and import again)");
            return null;
        }
    }

    static SourceTable? Table(List<string?[]> records, ImportLog log)
    {
        var headerIndex = records.FindIndex(r => r.Any(c => !string.IsNullOrWhiteSpace(c)));
        if (headerIndex < 0)
        {
            log.RejectFile("EMPTY_FILE", "工作表是空的", "the sheet is empty");
            return null;
        }
        if (headerIndex > 0)
            log.Warn(null, null, null, "BLANK_ROWS_ABOVE_HEADER", $"表头在第 {headerIndex + 1} 行（上面是空行）",
                     $"the header is on row {headerIndex + 1} (blank rows above it)");
        var header = records[headerIndex];
        var width = Array.FindLastIndex(header, c => !string.IsNullOrWhiteSpace(c)) + 1;
        var columns = header.Take(width).Select(h => h?.Trim() ?? "").ToArray();
        if (columns.Where(c => c.Length > 0).GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            log.RejectFile("DUPLICATE_COLUMN", $"表头中“{twice.Key}”出现了不止一次", $"the header names \"{twice.Key}\" more than once");
            return null;
        }
        var rows = new List<SourceRow>();
        for (var i = headerIndex + 1; i < records.Count; i++)
            if (records[i].Any(c => !string.IsNullOrWhiteSpace(c)))
                rows.Add(new SourceRow(i + 1, records[i].Take(width).ToArray()));
        return new SourceTable(TransferFormat.Xlsx, columns, rows);
    }

    /// <summary>A cell as CSV text; see the class summary.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                                                   : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
