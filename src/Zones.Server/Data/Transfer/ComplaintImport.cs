using System.Text.RegularExpressions;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// 案卷 import (historic cases, 12345 exports): a point, a category (code or name; the kind when
/// a name is in both lists), description, source, stage, times. The case number is kept when
/// given (it must agree with the category) and made when not (C/E + category + date + sequence).
/// As at intake, each case gets the most specific zone containing it and, as its first
/// responsible party, that zone's primary owner when the case was reported (属地兜底 upwards);
/// its history starts with one <c>receive</c> event noting the import.
/// </summary>
sealed partial class ComplaintImport() : TargetImport(TransferTarget.Complaints, Shape.Point, "case_number", "import_complaint", "zones.complaint")
{
    // A case is a record of what happened, not a list to maintain: it is only ever added.
    public override bool Maintains => false;

    public override string MatchSql => "SELECT s.row, coalesce(s.case_number, ''), NULL::bigint FROM import_complaint s WHERE $1 IS NOT NULL";

    protected override IReadOnlyList<Compared> Comparisons => [];

    public override object?[]? Stage(RowReader r)
    {
        var caseNumber = r.Matching("case_number", CaseNumber(), "C（部件）或 E（事件）+ 4 位类别代码 + 8 位日期 + 2–6 位序号",
                                    "C (component) or E (event) + 4-digit category + yyyyMMdd + 2-6 digit sequence");
        var (kind, category) = Category(r, caseNumber);
        var (stage, closedAt) = StageAndClosedAt(r);
        var reportedAt = r.Time("reported_at");
        var deadline = Deadline(r, reportedAt);
        var description = Description(r);
        var values = new object?[]
        {
            r.Row, caseNumber, kind, category, r.Code("source", CodeLists.Source) ?? "citizen", stage,
            r.Code("urgency", CodeLists.Urgency) ?? "normal", description, r.Text("address"), r.Text("asset_identifier"),
            reportedAt?.UtcDateTime, deadline?.UtcDateTime, closedAt?.UtcDateTime, r.Text("reporter_name"),
            r.Matching("reporter_phone", Phone(), "5–24 位数字（可含 + ( ) - 和空格）", "5 to 24 digits, + ( ) - or blanks"),
            r.Text("external_id"), GeometryOf(r),
        };
        return r.Rejected ? null : values;
    }

    /// <summary>The category kind and code-or-name; a case number supplies both, and must agree with the columns.</summary>
    static (string? Kind, string? Category) Category(RowReader r, string? caseNumber)
    {
        var kind = r.Code("category_kind", CodeLists.CategoryKind);
        var category = r.Text("category");
        if (caseNumber is null)
            return (kind, category ?? r.Required("category"));
        var (impliedKind, impliedCode) = (caseNumber[0] == 'C' ? "component" : "event", caseNumber[1..5]);
        if (kind is not null && kind != impliedKind)
            r.Reject("category_kind", r.Text("category_kind"), "INVALID_VALUE", $"案卷号 {caseNumber} 表示{CodeLists.CategoryKind.Label(impliedKind)}，与案件类型不一致",
                     $"the case number {caseNumber} is a {impliedKind}, not a {kind}");
        if (category is not null && FourDigits().IsMatch(category) && category != impliedCode)
            r.Reject("category", category, "INVALID_VALUE", $"案卷号 {caseNumber} 的类别代码是 {impliedCode}，不是 {category}",
                     $"the case number {caseNumber} has the category {impliedCode}, not {category}");
        return (impliedKind, category ?? impliedCode);
    }

    /// <summary>The stage (closed when only a closing time is given, else received) and the closing time, which only closed cases have.</summary>
    static (string? Stage, DateTimeOffset? ClosedAt) StageAndClosedAt(RowReader r)
    {
        var closedAt = r.Time("closed_at");
        var stage = r.Code("stage", CodeLists.Stage) ?? (closedAt is null ? "received" : "closed");
        if (stage == "closed" && r.Text("closed_at") is null)
            r.Reject("closed_at", null, "REQUIRED", "已结案的案卷需要结案时间", "a closed case needs closed_at");
        else if (stage != "closed" && closedAt is not null)
            r.Reject("closed_at", r.Text("closed_at"), "INVALID_VALUE", "只有已结案的案卷才有结案时间",
                     "only closed cases have closed_at");
        return (stage, closedAt);
    }

    static DateTimeOffset? Deadline(RowReader r, DateTimeOffset? reportedAt)
    {
        var deadline = r.Time("deadline");
        if (deadline is { } d && d <= (reportedAt ?? DateTimeOffset.UtcNow))
            r.Reject("deadline", r.Text("deadline"), "INVALID_VALUE", "截止时间必须晚于上报时间",
                     "the deadline must be after reported_at");
        return deadline;
    }

    static string? Description(RowReader r)
    {
        var description = r.Required("description");
        if (description is { Length: > 4000 })
            r.Reject("description", description[..20] + "…", "TOO_LONG", $"描述最多 4000 字，这里有 {description.Length} 字",
                     $"the description has {description.Length} characters; at most 4000");
        return description;
    }

    public override Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map) =>
        sql.ExecAsync(InsertSql, townshipCode, actor.Name);

    [GeneratedRegex("^[CE][0-9]{4}[0-9]{8}[0-9]{2,6}$")]
    private static partial Regex CaseNumber();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex("^[0-9+() -]{5,24}$")]
    private static partial Regex Phone();
}
