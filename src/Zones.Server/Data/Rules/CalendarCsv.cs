using System.Globalization;
using Zones.Server.Data.Transfer;

namespace Zones.Server.Data.Rules;

/// <summary>
/// Reads the small calendar CSV an administrator keeps for a year: header <c>日期,上班,说明</c>
/// (or <c>date,isWorkday,note</c>), one day per row. Dates as 2027-01-01 or 2027/1/1 (Excel writes
/// both); 上班 as 是/否, 班/休, 1/0, true/false. Every bad row is reported, with its Excel row number.
/// </summary>
public static class CalendarCsv
{
    static readonly string[] DateHeaders = ["日期", "date"];
    static readonly string[] WorkHeaders = ["上班", "是否上班", "isworkday", "workday"];
    static readonly string[] NoteHeaders = ["说明", "备注", "note"];

    static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["是"] = true, ["班"] = true, ["上班"] = true, ["1"] = true, ["true"] = true, ["y"] = true, ["yes"] = true,
        ["否"] = false, ["休"] = false, ["放假"] = false, ["0"] = false, ["false"] = false, ["n"] = false, ["no"] = false,
    };

    static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd"];

    /// <summary>The days of <paramref name="content"/>, or the problems (each naming its row) and no days.</summary>
    public static (List<CalendarDayInput> Days, List<InvalidInputError> Errors) Parse(string content)
    {
        var rows = Csv.Read(content.TrimStart('\uFEFF'), Csv.DetectDelimiter(content)).ToList();
        if (rows.Count == 0)
            return ([], [Error("文件是空的：第一行应是表头 日期,上班,说明", "The file is empty: the first line must be the header 日期,上班,说明")]);
        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var (date, work, note) = (Index(header, DateHeaders), Index(header, WorkHeaders), Index(header, NoteHeaders));
        if (date < 0 || work < 0)
            return ([], [Error($"表头应包含“日期”和“上班”两列（可选“说明”），现在是：{string.Join(",", rows[0].Fields)}",
                               $"The header must have the columns 日期 (date) and 上班 (isWorkday), optionally 说明 (note); it is: {string.Join(",", rows[0].Fields)}")]);
        var days = new List<CalendarDayInput>();
        var errors = new List<InvalidInputError>();
        var seen = new Dictionary<DateOnly, int>();
        foreach (var (row, fields) in rows.Skip(1))
        {
            var (d, w, n) = (Cell(fields, date), Cell(fields, work), Cell(fields, note));
            if (!DateOnly.TryParseExact(d, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || !DateBounds.Contains(day.Year))
                errors.Add(Error($"第 {row} 行：日期“{d}”无法识别，请写成 2027-01-01 或 2027/1/1", $"Row {row}: the date \"{d}\" is not a date: write 2027-01-01 or 2027/1/1", row));
            else if (!Flags.TryGetValue(w, out var isWorkday))
                errors.Add(Error($"第 {row} 行：“上班”一栏的“{w}”无法识别，请填 是/否、班/休 或 1/0", $"Row {row}: 上班 \"{w}\" must be 是/否, 班/休, 1/0 or true/false", row));
            else if (seen.TryGetValue(day, out var first))
                errors.Add(Error($"第 {row} 行：日期 {day:yyyy-MM-dd} 与第 {first} 行重复", $"Row {row}: the date {day:yyyy-MM-dd} repeats row {first}", row));
            else
            {
                seen[day] = row;
                days.Add(new(day, isWorkday, n.Length == 0 ? null : n));
            }
        }
        return errors.Count > 0 ? ([], errors) : (days, errors);
    }

    static int Index(string[] header, string[] names) => Array.FindIndex(header, names.Contains);

    static string Cell(string[] fields, int i) => i >= 0 && i < fields.Length ? fields[i].Trim() : "";

    static InvalidInputError Error(string zh, string en, int? row = null) =>
        new($"{zh}。{en}.", row is null ? "content" : $"content.{row}");
}
