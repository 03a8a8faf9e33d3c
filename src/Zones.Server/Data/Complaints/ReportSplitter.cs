using Npgsql;
using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Complaints;

/// <summary>The result of 拆分: the new case made of the report and the case it was folded into, or the typed errors.</summary>
public sealed record SplitPayload(Complaint? Complaint, Complaint? Original, IReadOnlyList<UserError> Errors)
{
    public bool Ok => Errors.Count == 0;

    public static SplitPayload Fail(params IReadOnlyList<UserError> errors) => new(null, null, errors);
}

/// <summary>
/// 拆分 (issue #14 §3): takes a wrongly folded report back out of its case as a case of its own. The new
/// case goes through intake without folding, routed and timed as if reported at the report's own time;
/// the old case counts one reporter fewer and its version goes up. One transaction: all or nothing.
/// </summary>
/// <remarks>Planners and admins split (the 指挥中心 decides what is one problem), like they verify and close.</remarks>
public sealed class ReportSplitter(NpgsqlDataSource db, ComplaintIntake intake, ComplaintStore complaints, FoldStore folds,
                                   TimeProvider clock)
{
    /// <summary>Splits report <paramref name="reportId"/> out; with <paramref name="expectedVersion"/>, refuses when the case changed.</summary>
    public async Task<SplitPayload> SplitAsync(long reportId, int? expectedVersion, Actor actor, CancellationToken ct)
    {
        if (actor.Role is not (Roles.Admin or Roles.Planner))
            return SplitPayload.Fail(new ForbiddenError($"拆分须由监督/指挥中心（planner、admin）办理，角色 {actor.Role} 不能拆分。" +
                                                        $"Only planners and admins may split a report out of a case (role {actor.Role})."));
        return await db.InTransactionAsync(actor, async (conn, tx) =>
        {
            try
            {
                return await RunAsync(conn, tx, reportId, expectedVersion, actor, ct);
            }
            catch (PostgresException e) when (DbErrors.Translate(e) is { } error)
            {
                return SplitPayload.Fail(error);
            }
        }, r => r.Ok, ct);
    }

    async Task<SplitPayload> RunAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long reportId, int? expectedVersion, Actor actor,
                                      CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await folds.LockReportAsync(conn, tx, reportId, ct) is not { } report)
            return SplitPayload.Fail(new NotFoundError($"反映记录 {reportId} 不存在。There is no folded report {reportId}.", "reportId"));
        if (await WriteScope.RefusalAsync(conn, tx, report.TownshipCode, ct) is { } outside)
            return SplitPayload.Fail(outside);
        await complaints.LockAsync(conn, tx, report.ComplaintId, ct);
        var original = (await complaints.FindAsync(conn, tx, report.ComplaintId, ct))!;
        if (Refusal(report, original, expectedVersion) is { } refusal)
            return SplitPayload.Fail(refusal);
        var opened = await intake.OpenWithoutFoldingAsync(conn, tx, report.AsInput(original.CategoryKind, original.CategoryCode),
                                                          report.ReportedAt, actor, ct);
        if (opened.Complaint is not { } made)
            return SplitPayload.Fail(opened.Errors);
        await folds.MarkSplitAsync(conn, tx, report, made.Id, now, actor, ct);
        await folds.RemoveReporterAsync(conn, tx, original.TownshipCode, original.Id, now, ct);
        await complaints.AddEventAsync(conn, tx, (original.TownshipCode, original.Id), Actions.Split, original.Stage, original.Stage,
            actor, $"一条反映不属于本案卷，已拆分为案卷 {made.CaseNumber}。", null, now, ct);
        await complaints.AddEventAsync(conn, tx, (made.TownshipCode, made.Id), Actions.Split, made.Stage, made.Stage,
            actor, $"由案卷 {original.CaseNumber} 拆分而来（原反映时间即本案卷受理时间）。", null, now, ct);
        return new SplitPayload((await complaints.FindAsync(conn, tx, made.Id, ct))!,
                                (await complaints.FindAsync(conn, tx, original.Id, ct))!, []);
    }

    static UserError? Refusal(ComplaintReport report, Complaint original, int? expectedVersion)
    {
        if (report.SplitComplaintId is { } done)
            return new InvalidInputError($"这条反映已拆分为单独的案卷（编号 {done}），不能再拆分。" +
                                         $"Report {report.Id} was already split out (case id {done}).", "reportId");
        if (expectedVersion is { } expected && expected != original.Version)
            return new VersionConflictError($"案卷 {original.CaseNumber} 已被他人修改（当前版本 {original.Version}，您的版本 {expected}），请刷新后重试。" +
                                            $"Case {original.CaseNumber} changed since you read it (version {original.Version}, yours {expected}); reload and retry.",
                                            original.Version, "expectedVersion");
        return null;
    }
}
