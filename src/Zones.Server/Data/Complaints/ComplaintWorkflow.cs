using Npgsql;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Notifications;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// Moves a case through the workflow (<see cref="WorkflowRules"/>): one transaction per action,
/// the case row locked <c>FOR UPDATE</c>, the version bumped, the deadlines and the responsible
/// party updated and a <c>complaint_event</c> written. Concurrent actions on one case run one after
/// the other; with an expected version, the later one gets a <see cref="VersionConflictError"/>.
/// </summary>
public sealed class ComplaintWorkflow(NpgsqlDataSource db, ComplaintStore complaints, CalendarStore calendars,
                                      ComplaintOptions options, TimeProvider clock, NotificationStore notifications)
{
    const string DispatchTargetSql = """
        SELECT (SELECT id FROM zones.person WHERE id = $2 AND township_code = $1 AND retired_at IS NULL),
               (SELECT unit_id FROM zones.person WHERE id = $2 AND township_code = $1),
               (SELECT id FROM zones.unit WHERE id = $3 AND township_code = $1 AND retired_at IS NULL)
        """;

    /// <summary>The actions <paramref name="actor"/> may take on <paramref name="complaint"/> in its current stage.</summary>
    public static IReadOnlyList<string> AllowedActions(Complaint complaint, Actor actor) =>
        WorkflowRules.AllowedActions(complaint.Stage, actor, complaint);

    /// <summary>
    /// Takes <paramref name="action"/> on case <paramref name="complaintId"/>. With
    /// <paramref name="expectedVersion"/>, refuses when the case changed since the caller read it.
    /// </summary>
    /// <returns>The case after the action, or one of <see cref="NotFoundError"/>, <see cref="ForbiddenError"/>,
    /// <see cref="VersionConflictError"/>, <see cref="InvalidTransitionError"/>, <see cref="InvalidInputError"/>
    /// (missing reason or parameter); on an error nothing is written.</returns>
    public Task<ComplaintPayload> TransitionAsync(long complaintId, string action, int? expectedVersion, string? note,
                                                  TransitionParameters? parameters, Actor actor, CancellationToken ct) =>
        db.InTransactionAsync(actor, (conn, tx) => ComplaintPayload.RefusalsAsErrors(() => RunAsync(conn, tx,
            new Request(complaintId, action, expectedVersion, string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
                        parameters ?? TransitionParameters.None, actor), ct)), r => r.Ok, ct);

    sealed record Request(long Id, string Action, int? ExpectedVersion, string? Note, TransitionParameters P, Actor Actor);

    async Task<ComplaintPayload> RunAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Request q, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // A township actor's case is looked for in its township's partition only (migration 0025).
        if (await complaints.LockAsync(conn, tx, q.Id, q.Actor.Within.TownshipCode, ct) is not { } locked
            || await complaints.FindAsync(conn, tx, q.Id, locked.TownshipCode, ct) is not { } c)
            return ComplaintPayload.Fail(await ElsewhereRefusalAsync(conn, tx, q, ct)
                                         ?? new NotFoundError($"案卷 {q.Id} 不存在。There is no case {q.Id}.", "id"));
        if (await WriteScope.RefusalAsync(conn, tx, c.TownshipCode, ct) is { } outside)
            return ComplaintPayload.Fail(outside);
        var shelvedFrom = c.Stage == Stages.Shelved ? await complaints.ShelvedFromAsync(conn, tx, (c.TownshipCode, c.Id), ct) : null;
        if (Refusal(c, q, shelvedFrom, now) is { } refusal)
            return ComplaintPayload.Fail(refusal);
        var target = (c.ResponsiblePersonId, c.ResponsibleUnitId);
        if (q.Action == Actions.Dispatch)
        {
            var (resolved, error) = await DispatchTargetAsync(conn, tx, c.TownshipCode, q.P, ct);
            if (error is not null)
                return ComplaintPayload.Fail(error);
            target = resolved;
        }
        var next = WorkflowRules.NextStage(c.Stage, q.Action, q.P, shelvedFrom)!;
        var calendar = await calendars.LoadAsync(conn, tx, c.TownshipCode, now, ct);
        var change = ComplaintChange.Plan(c, q.Action, next, q.P, target, now, calendar, options);
        await complaints.UpdateAsync(conn, tx, (c.TownshipCode, c.Id), change, now, ct);
        await complaints.AddEventAsync(conn, tx, (c.TownshipCode, c.Id), change.EventAction, c.Stage, change.Stage,
                                       q.Actor, q.Note, PublicNote(q.P), change.EventDeadline, now, ct);
        // A case handed to another person or unit is new to them: they hear of it as of a new case.
        if ((change.ResponsiblePersonId, change.ResponsibleUnitId) != (c.ResponsiblePersonId, c.ResponsibleUnitId))
            await notifications.NotifyAsync(conn, tx, NotificationKinds.New, NotificationStore.CaseKeys.One(c.TownshipCode, c.Id), now, ct);
        return ComplaintPayload.Success((await complaints.FindAsync(conn, tx, c.Id, c.TownshipCode, ct))!);
    }

    // A case of another township than the actor's is not in the partition looked in first; the answer is still
    // the refusal that says whose it is (as before partitioning), not "no such case". Only on this miss path
    // are the other partitions read.
    async Task<UserError?> ElsewhereRefusalAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Request q, CancellationToken ct) =>
        q.Actor.Within.TownshipCode is not null && await complaints.FindAsync(conn, tx, q.Id, null, ct) is { } elsewhere
            ? await WriteScope.RefusalAsync(conn, tx, elsewhere.TownshipCode, ct)
            : null;

    // In this order: who may touch the case at all, whether it is still the version the caller saw,
    // whether the stage allows the action, whether the action's input is complete.
    static UserError? Refusal(Complaint c, Request q, string? shelvedFrom, DateTimeOffset now)
    {
        if (!ComplaintPermissions.MayChange(q.Actor, c))
            return new ForbiddenError(ComplaintPermissions.Refusal(q.Actor, c));
        if (!ComplaintPermissions.MayTake(q.Actor, q.Action) && Actions.Requestable.Contains(q.Action))
            return new ForbiddenError($"{Actions.Chinese(q.Action)}须由监督/指挥中心（planner、admin）办理。" +
                                      $"Only planners and admins may {q.Action} a case.", "action");
        if (q.ExpectedVersion is { } expected && expected != c.Version)
            return new VersionConflictError($"案卷 {c.CaseNumber} 已被他人修改（当前版本 {c.Version}，您的版本 {expected}），请刷新后重试。" +
                                            $"Case {c.CaseNumber} changed since you read it (version {c.Version}, yours {expected}); reload and retry.",
                                            c.Version, "expectedVersion");
        if (WorkflowRules.NextStage(c.Stage, q.Action, q.P, shelvedFrom) is null)
        {
            var allowed = WorkflowRules.AllowedActions(c.Stage, q.Actor, c);
            return new InvalidTransitionError(
                $"案卷处于“{Stages.Chinese(c.Stage)}”环节，不能{Actions.Chinese(q.Action)}；可办理：{string.Join("、", allowed.Select(Actions.Chinese))}。" +
                $"A case in stage '{c.Stage}' cannot take '{q.Action}'; allowed: {string.Join(", ", allowed)}.",
                c.Stage, q.Action, allowed, "action");
        }
        if (PublicNote(q.P) is { Length: > TransitionParameters.PublicNoteMaxLength } tooLong)
            return new InvalidInputError($"公开答复最多 {TransitionParameters.PublicNoteMaxLength} 字（现有 {tooLong.Length} 字），请精简。" +
                                         $"The public note may hold at most {TransitionParameters.PublicNoteMaxLength} characters (got {tooLong.Length}).",
                                         "publicNote");
        return WorkflowRules.CheckParameters(c, q.Action, q.Note, q.P, now);
    }

    // A blank public note is no public note.
    static string? PublicNote(TransitionParameters p) => string.IsNullOrWhiteSpace(p.PublicNote) ? null : p.PublicNote.Trim();

    async Task<((long?, long?) Target, UserError? Error)> DispatchTargetAsync(NpgsqlConnection conn, NpgsqlTransaction tx,
        string townshipCode, TransitionParameters p, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, DispatchTargetSql, Sql.P(townshipCode), Sql.P(p.PersonId), Sql.P(p.UnitId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        var (person, personUnit, unit) = (r.Nullable<long>(0), r.Nullable<long>(1), r.Nullable<long>(2));
        if (p.PersonId is { } askedPerson && person is null)
            return (default, new NotFoundError($"干部 {askedPerson} 不存在或已离任。There is no active person {askedPerson} in this township.", "personId"));
        if (p.UnitId is { } askedUnit && unit is null)
            return (default, new NotFoundError($"单位 {askedUnit} 不存在或已撤销。There is no active unit {askedUnit} in this township.", "unitId"));
        return ((person, unit ?? personUnit), null);
    }
}
