using System.Globalization;
using Npgsql;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Notifications;

namespace Zones.Server.Data.Complaints;

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
/// </remarks>
public sealed class ComplaintIntake(NpgsqlDataSource db, CategoryStore categories, CalendarStore calendars,
                                    ComplaintStore complaints, ComplaintOptions options, TimeProvider clock,
                                    NotificationStore notifications)
{
    readonly IntakeStore _intake = new();

    /// <summary>Validates and stores a report; returns the new case or the typed errors (nothing stored).</summary>
    public async Task<ComplaintPayload> ReportComplaintAsync(ReportComplaintInput input, Actor actor, CancellationToken ct)
    {
        if (!ComplaintPermissions.MayReport(actor))
            return ComplaintPayload.Fail(new ForbiddenError($"角色 {actor.Role} 不能上报案卷。The role {actor.Role} cannot report cases."));
        var now = clock.GetUtcNow();
        var errors = ComplaintInputRules.Check(input, now);
        if (errors.Count > 0)
            return ComplaintPayload.Fail(errors);
        return await db.InTransactionAsync(actor, (conn, tx) => ComplaintPayload.RefusalsAsErrors(
            () => ReportAsync(conn, tx, input, input.ReportedAt ?? now, actor, ct)), r => r.Ok, ct);
    }

    async Task<ComplaintPayload> ReportAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ReportComplaintInput input,
                                             DateTimeOffset reportedAt, Actor actor, CancellationToken ct)
    {
        if (await _intake.LocateAsync(conn, tx, input.Lon, input.Lat, ct) is not { } zone)
            return ComplaintPayload.Fail(Outside(input, await _intake.NearestZoneAsync(conn, tx, input.Lon, input.Lat, ct)));
        // A point in another township than the actor's is refused before its categories or assets are looked up.
        if (await WriteScope.RefusalAsync(conn, tx, zone.TownshipCode, ct) is { } refused)
            return ComplaintPayload.Fail(refused);
        var all = await categories.InForceAsync(conn, tx, zone.TownshipCode, ct);
        if (all.FirstOrDefault(c => c.Kind == input.CategoryKind && c.Code == input.CategoryCode) is not { } category)
            return ComplaintPayload.Fail(UnknownCategory(input, all));
        var (assetId, assetError) = await LinkAssetAsync(conn, tx, input, zone, category, ct);
        if (assetError is not null)
            return ComplaintPayload.Fail(assetError);
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
        return ComplaintPayload.Success((await complaints.FindAsync(conn, tx, id, ct))!);
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
