namespace Zones.Server.Data.Transfer;

/// <summary>Reads CSV text into a <see cref="SourceTable"/>: the first row is the header.</summary>
static class CsvSource
{
    public static SourceTable? Read(string text, ImportLog log)
    {
        var delimiter = Csv.DetectDelimiter(text);
        using var records = Csv.Read(text, delimiter).GetEnumerator();
        if (!records.MoveNext())
        {
            log.RejectFile("EMPTY_FILE", "文件是空的", "the file is empty");
            return null;
        }
        var (headerRow, header) = records.Current;
        if (headerRow != 1)
            log.Warn(null, null, null, "BLANK_ROWS_ABOVE_HEADER", $"表头在第 {headerRow} 行（上面是空行）",
                     $"the header is on row {headerRow} (blank rows above it)");
        var columns = header.Select(h => h.Trim()).ToArray();
        if (DuplicateColumn(columns) is { } duplicate)
        {
            log.RejectFile("DUPLICATE_COLUMN", $"表头中“{duplicate}”出现了不止一次", $"the header names \"{duplicate}\" more than once");
            return null;
        }
        var rows = new List<SourceRow>();
        while (records.MoveNext())
            rows.Add(new SourceRow(records.Current.Row, records.Current.Fields));
        return new SourceTable(TransferFormat.Csv, columns, rows);
    }

    static string? DuplicateColumn(string[] columns) =>
        columns.Where(c => c.Length > 0).GroupBy(c => c, StringComparer.OrdinalIgnoreCase)
               .FirstOrDefault(g => g.Count() > 1)?.Key;
}
