using System.Globalization;
using Npgsql;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Notifications;

namespace Zones.Server.Data.Complaints;

/// <summary>Work done in a report's transaction after the case is stored; an error rolls the report back.</summary>
public delegate Task<UserError?> IntakeAlongside(NpgsqlConnection conn, NpgsqlTransaction tx, Complaint complaint, CancellationToken ct);

/// <summary>
/// Opens a case (受理): finds the zone and the 首问负责 owner, links the asset, draws the case
/// number, sets the deadlines on the working calendar and writes the <c>receive</c> event, all in
/// one transaction named after the actor.
/// </summary>
/// <remarks>
/// Responsibility (属地兜底): when the case is about an asset — given, or the nearest asset of the
/// category's kind within the link distance — and that asset has an active primary 包联 owner, that
/// owner answers; otherwise the active primary owner of the most specific zone containing the point,
/// else of its parent, up the tree. A case with nobody up the tree is still accepted, with no owner
/// (a coverage gap planners see). Ownership is judged at the report time.
/// <para>Duplicates (并案, issue #14 §3): before a case number is drawn, a report of the same category
/// within the township's radius of an open case reported in the last days is attached to the nearest
/// such case instead (<see cref="FoldStore"/>): a <c>complaint_report</c> row, the reporter count + 1
/// and a <c>fold</c> event, and the payload says <see cref="ComplaintPayload.Folded"/>.</para>
/// </remarks>
public sealed class ComplaintIntake(NpgsqlDataSource db, CategoryStore categories, CalendarStore calendars,
                                    ComplaintStore complaints, FoldStore folds, ComplaintOptions options, TimeProvider clock,
                                    NotificationStore notifications)
{
    readonly IntakeStore _intake = new();

    /// <summary>Validates and stores a report; returns the new case or the typed errors (nothing stored).</summary>
    public Task<ComplaintPayload> ReportComplaintAsync(ReportComplaintInput input, Actor actor, CancellationToken ct) =>
        ReportComplaintAsync(input, actor, null, ct);

    /// <summary>
    /// The same, with <paramref name="alongside"/> run in the case's own transaction once the case is stored:
    /// what belongs to the report (its photos, the count of a rate limit) commits with the case or not at all.
    /// An error it returns rolls the whole report back.
    /// </summary>
    public async Task<ComplaintPayload> ReportComplaintAsync(ReportComplaintInput input, Actor actor, IntakeAlongside? alongside,
                                                             CancellationToken ct)
    {
        if (!ComplaintPermissions.MayReport(actor))
            return ComplaintPayload.Fail(new ForbiddenError($"角色 {actor.Role} 不能上报案卷。The role {actor.Role} cannot report cases."));
        var now = clock.GetUtcNow();
        var errors = ComplaintInputRules.Check(input, now);
        if (errors.Count > 0)
            return ComplaintPayload.Fail(errors);
        return await db.InTransactionAsync(actor, (conn, tx) => ComplaintPayload.RefusalsAsErrors(
            () => WithAlongsideAsync(conn, tx, ReportAsync(conn, tx, input, input.ReportedAt ?? now, actor, ct), alongside, ct)), r => r.Ok, ct);
    }

    static async Task<ComplaintPayload> WithAlongsideAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Task<ComplaintPayload> report,
                                                           IntakeAlongside? alongside, CancellationToken ct)
    {
        var payload = await report;
        if (alongside is null || payload.Complaint is not { } c)
            return payload;
        return await alongside(conn, tx, c, ct) is { } error ? ComplaintPayload.Fail(error) : payload;
    }

    async Task<ComplaintPayload> ReportAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ReportComplaintInput input,
                                             DateTimeOffset reportedAt, Actor actor, CancellationToken ct) =>
        await RouteAsync(conn, tx, input, reportedAt, actor, ct) switch
        {
            { Error: { } error } => ComplaintPayload.Fail(error),
            var r => await FoldedAsync(conn, tx, r.Route!, input, reportedAt, actor, ct)
                     ?? await OpenAsync(conn, tx, r.Route!, input, reportedAt, actor, ct),
        };

    /// <summary>
    /// Opens a case of its own for <paramref name="input"/>, never folding it (拆分 of a folded report):
    /// the same routing and deadlines as any report taken at <paramref name="reportedAt"/>.
    /// </summary>
    internal async Task<ComplaintPayload> OpenWithoutFoldingAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ReportComplaintInput input,
                                                                  DateTimeOffset reportedAt, Actor actor, CancellationToken ct) =>
        await RouteAsync(conn, tx, input, reportedAt, actor, ct) switch
        {
            { Error: { } error } => ComplaintPayload.Fail(error),
            var r => await OpenAsync(conn, tx, r.Route!, input, reportedAt, actor, ct),
        };

    /// <summary>Where the report goes: its zone (in a township the actor may write), category and asset.</summary>
    sealed record Route(ZoneHit Zone, ComplaintCategory Category, long? AssetId);

    async Task<(Route? Route, UserError? Error)> RouteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ReportComplaintInput input,
                                                            DateTimeOffset reportedAt, Actor actor, CancellationToken ct)
    {
        if (await _intake.LocateAsync(conn, tx, input.Lon, input.Lat, ct) is not { } zone)
            return (null, Outside(input, await _intake.NearestZoneAsync(conn, tx, input.Lon, input.Lat, ct)));
        // A point in another township than the actor's is refused before its categories or assets are looked up.
        if (await WriteScope.RefusalAsync(conn, tx, zone.TownshipCode, ct) is { } refused)
            return (null, refused);
        var all = await categories.InForceAsync(conn, tx, zone.TownshipCode, ct);
        if (all.FirstOrDefault(c => c.Kind == input.CategoryKind && c.Code == input.CategoryCode) is not { } category)
            return (null, UnknownCategory(input, all));
        var (assetId, assetError) = await LinkAssetAsync(conn, tx, input, zone, category, ct);
        return assetError is null ? (new Route(zone, category, assetId), null) : (null, assetError);
    }

    // 并案 (issue #14 §3): a report of the category close to an open case of the last days becomes a
    // further reporter of that case — no case number drawn, no second case in heat maps or indicators.
    // Null when the report opens a case of its own.
    async Task<ComplaintPayload?> FoldedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Route route, ReportComplaintInput input,
                                              DateTimeOffset reportedAt, Actor actor, CancellationToken ct)
    {
        var township = route.Zone.TownshipCode;
        var settings = await folds.SettingsAsync(conn, tx, township, ct);
        if (!settings.Enabled)
            return null;
        await folds.LockCategoryAsync(conn, tx, township, route.Category.Kind, route.Category.Code, ct);
        if (await folds.FindOpenCaseAsync(conn, tx, township, route.Category, input, reportedAt, settings, ct) is not { } caseId)
            return null;
        await folds.AddReportAsync(conn, tx, township, caseId, input, reportedAt, actor, ct);
        var count = await folds.AddReporterAsync(conn, tx, township, caseId, ct);
        var c = (await complaints.FindAsync(conn, tx, caseId, ct))!;
        await complaints.AddEventAsync(conn, tx, (township, caseId), Actions.Fold, c.Stage, c.Stage, actor,
            $"又一人反映同一问题（{Sources.Chinese(input.Source)}），已并入本案卷，共 {count} 人反映。", null, reportedAt, ct);
        return ComplaintPayload.Success(c, folded: true);
    }

    async Task<ComplaintPayload> OpenAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Route route, ReportComplaintInput input,
                                           DateTimeOffset reportedAt, Actor actor, CancellationToken ct)
    {
        var (zone, category, assetId) = route;
        var owner = await _intake.OwnerAsync(conn, tx, zone.Id, assetId, reportedAt, ct);
        var calendar = await calendars.LoadAsync(conn, tx, zone.TownshipCode, reportedAt, ct);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(reportedAt, calendar.Zone).DateTime);
        var serial = await _intake.NextSerialAsync(conn, tx, zone.TownshipCode, day, ct);
        var c = new NewComplaint(input, zone, category, assetId, owner, CaseNumber(category, day, serial), reportedAt,
            calendar.Deadline(reportedAt, new TimeLimit(options.DispatchWorkHours, TimeUnits.WorkHours)),
            calendar.Deadline(reportedAt, category.Limit));
        var id = await _intake.InsertAsync(conn, tx, c, ct);
        await complaints.AddEventAsync(conn, tx, (zone.TownshipCode, id), Actions.Receive, null, Stages.Received, actor,
                                       null, c.Deadline, reportedAt, ct);
        // In the intake transaction, so a case is never stored without its 新案件 notification (issue #14 §5).
        await notifications.NotifyAsync(conn, tx, NotificationKinds.New, NotificationStore.CaseKeys.One(zone.TownshipCode, id),
                                        clock.GetUtcNow(), ct);
        return ComplaintPayload.Success((await complaints.FindAsync(conn, tx, id, zone.TownshipCode, ct))!);
    }

    /// <summary><c>C|E</c> + category code + yyyyMMdd + the daily serial, at least 4 digits: <c>E0102202611200007</c>.</summary>
    public static string CaseNumber(ComplaintCategory category, DateOnly day, int serial) =>
        category.ServiceCode + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + serial.ToString("D4", CultureInfo.InvariantCulture);

    async Task<(long? Id, UserError? Error)> LinkAssetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ReportComplaintInput input,
                                                            ZoneHit zone, ComplaintCategory category, CancellationToken ct)
    {
        if (input.AssetId is { } given)
            return await _intake.AssetExistsAsync(conn, tx, given, zone.TownshipCode, ct)
                ? (given, null)
                : (null, new NotFoundError($"部件 {given} 不存在或已停用（{zone.Name}所在乡镇）。" +
                                           $"There is no live asset {given} in the township of {zone.Name}.", "assetId"));
        if (category.AssetKind is not { } kind)
            return (null, null);
        return (await _intake.NearestAssetAsync(conn, tx, input.Lon, input.Lat, zone.TownshipCode, kind,
                                                options.AssetLinkMetresFor(kind), ct), null);
    }

    static OutsideZonesError Outside(ReportComplaintInput input, (string Name, double Metres)? nearest) => nearest is var (name, metres)
        ? new OutsideZonesError($"该坐标不在任何片区内（最近的片区：{name}，距离 {metres:0} 米）。" +
                                $"The point ({input.Lon}, {input.Lat}) lies in no zone (nearest: {name}, {metres:0} m).",
                                name, Math.Round(metres, 1), "location")
        : new OutsideZonesError("该坐标不在任何片区内，系统中还没有片区。The point lies in no zone: there are no zones yet.",
                                null, null, "location");

    static UnknownCategoryError UnknownCategory(ReportComplaintInput input, List<ComplaintCategory> all)
    {
        var asked = input.CategoryKind is ComplaintCategory.Component or ComplaintCategory.Event
            ? ComplaintCategory.ServiceCodeOf(input.CategoryKind, input.CategoryCode)
            : $"{input.CategoryKind} {input.CategoryCode}";
        var codes = all.Select(c => c.ServiceCode).ToList();
        return new UnknownCategoryError(
            $"未知的问题类别 {asked}。可选：{string.Join("、", all.Select(c => $"{c.ServiceCode} {c.Name}"))}。" +
            $"Unknown category {asked}; valid codes: {string.Join(", ", codes)}.", codes, "categoryCode");
    }
}
