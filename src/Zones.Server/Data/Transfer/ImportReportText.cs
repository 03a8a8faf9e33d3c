using System.Text;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// An <see cref="ImportReport"/> for people: the summary and every rejected row as text (Chinese,
/// then English) for the command line, and the rejected rows as a CSV that opens in Excel.
/// </summary>
static partial class ImportReportText
{
    /// <summary>The report as lines of text; at most <paramref name="maxProblems"/> problems are listed.</summary>
    public static string Format(ImportReport report, int maxProblems = 200)
    {
        var text = new StringBuilder();
        text.AppendLine($"导入{report.Target.Label()}（{report.Target.Name()}）→ 乡镇 {report.TownshipCode}：" +
                        $"{FormatName(report.Format)}，{report.Encoding ?? "?"}，{report.Crs ?? "?"}");
        text.AppendLine($"读取 {report.Read}，通过 {report.Accepted}，拒绝 {report.Rejected}，写入 {report.Written}。" +
                        $" Read {report.Read}, accepted {report.Accepted}, rejected {report.Rejected}, written {report.Written}.");
        if (report.Succeeded)
            text.AppendLine($"新增 {report.Added}，修改 {report.Changed}，不变 {report.Unchanged}（{report.Mode.ToString().ToLowerInvariant()}）。" +
                            $" Added {report.Added}, changed {report.Changed}, unchanged {report.Unchanged}.");
        text.AppendLine(Outcome(report));
        AppendChanges(text, report, maxProblems);
        AppendProblems(text, "被拒绝 Rejected:", report, report.Problems, maxProblems);
        AppendProblems(text, "警告 Warnings:", report, report.Warnings, maxProblems);
        AppendGeometry(text, report);
        return text.ToString();
    }

    /// <summary>The changed rows, field by field (added rows are the file's own rows, so only counted).</summary>
    static void AppendChanges(StringBuilder text, ImportReport report, int max)
    {
        var changed = report.Changes.Where(c => c.Action == "change").ToList();
        if (changed.Count == 0)
            return;
        text.AppendLine("修改 Changes:");
        foreach (var c in changed.Take(max))
            text.AppendLine($"  {Where(report, c.Row)} {c.Key}: " +
                            string.Join("；", c.Fields.Select(f => $"{f.Field} “{f.Before}” → “{f.After}”")));
        if (changed.Count > max)
            text.AppendLine($"  … 另有 {changed.Count - max} 行修改未列出。 {changed.Count - max} more changed rows not listed.");
    }

    static string FormatName(TransferFormat? format) => format switch
    {
        TransferFormat.Csv => "CSV",
        TransferFormat.GeoJson => "GeoJSON",
        _ => "?",
    };

    static string Outcome(ImportReport r) => (r.Succeeded, r.DryRun) switch
    {
        (false, _) => $"未写入任何数据（全部通过才写入）：{Count(r)}。 Nothing was written (all or nothing): {CountEn(r)}.",
        (true, true) => $"试运行：全部通过，未写入；正式导入将写入 {r.Added + r.Changed} 条。 Dry run: every row passes; nothing written, " +
                        $"a real import writes {r.Added + r.Changed}.",
        _ => $"已写入 {r.Written} 条。 Wrote {r.Written} rows.",
    };

    static string Count(ImportReport r) => r.Rejected > 0 ? $"{r.Rejected} 行被拒绝" : "文件被拒绝";

    static string CountEn(ImportReport r) => r.Rejected > 0 ? $"{r.Rejected} row(s) rejected" : "the file was rejected";

    static void AppendProblems(StringBuilder text, string title, ImportReport report, IReadOnlyList<ImportProblem> problems, int max)
    {
        if (problems.Count == 0)
            return;
        text.AppendLine(title);
        foreach (var p in problems.Take(max))
        {
            var where = Where(report, p);
            text.AppendLine($"  {where}{(p.Field is null ? "" : $" · {p.Field}")}{(p.Value is null ? "" : $" = \"{p.Value}\"")}");
            text.AppendLine($"    {p.Message}");
            text.AppendLine($"    {p.MessageEn}");
        }
        if (problems.Count > max)
            text.AppendLine($"  … 另有 {problems.Count - max} 条未列出（--report 文件.csv 可全部导出）。 " +
                            $"{problems.Count - max} more not listed (--report file.csv writes them all).");
    }

    static string Where(ImportReport report, ImportProblem p) => Where(report, p.Row);

    static string Where(ImportReport report, int? at) => at switch
    {
        null => "文件 file",
        { } row when report.Format == TransferFormat.GeoJson => $"第 {row} 个要素 features[{row}]",
        { } row => $"第 {row} 行 row {row}",
    };

    /// <summary>Every problem and warning as CSV for Excel (UTF-8 with BOM, CRLF).</summary>
    public static void WriteCsv(ImportReport report, Stream output)
    {
        output.Write([0xEF, 0xBB, 0xBF]);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        Csv.WriteRecord(writer, ["行 row", "级别 level", "列 field", "值 value", "代码 code", "原因", "reason"]);
        foreach (var (p, level) in report.Problems.Select(p => (p, "拒绝 rejected")).Concat(report.Warnings.Select(p => (p, "警告 warning"))))
            Csv.WriteRecord(writer, [p.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture), level, p.Field,
                                     Csv.Guard(p.Value), p.Code, p.Message, p.MessageEn]);
    }
}
