using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Editing.EditDb;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Ownership;

/// <summary>
/// 包联 (issue #4 §4): who answers for a zone, road segment, asset or shop, and since when. History
/// is never rewritten: a handover ends the old row and opens a new one at the same instant. The
/// database keeps primaries from overlapping (<c>assignment_one_primary_per_target</c>); its
/// refusal comes back as an <see cref="OwnershipConflictError"/> naming the rows in the way.
/// </summary>
/// <remarks>Owner and target must belong to the same township (the data shards by township).</remarks>
public sealed partial class OwnershipService(NpgsqlDataSource db)
{
    /// <summary>
    /// Opens an assignment. A primary one is a handover: the target's primary in force at
    /// <see cref="AssignOwnerInput.ValidFrom"/> (default now) ends then and the new one starts then.
    /// </summary>
    public Task<AssignOwnerPayload> AssignOwnerAsync(Actor actor, AssignOwnerInput input, CancellationToken ct) =>
        db.WriteAsync(actor, tx => AssignAsync(tx, input, ct), AssignOwnerPayload.Fail, ct);

    /// <summary>Ends an assignment at <paramref name="at"/> (default now); a primary leaves the target to 属地兜底 until the next.</summary>
    public Task<AssignmentPayload> EndAssignmentAsync(Actor actor, long id, DateTimeOffset? at, CancellationToken ct) =>
        db.WriteAsync(actor, tx => EndAsync(tx, id, at, ct), AssignmentPayload.Fail, ct);

    async Task<AssignOwnerPayload> AssignAsync(NpgsqlTransaction tx, AssignOwnerInput input, CancellationToken ct)
    {
        var (kind, from) = (DbCodes.Code(input.Target.Kind), input.ValidFrom?.ToUniversalTime());
        var township = await ResolveAsync(tx, input, ct);
        if (township.Failed)
            return new(null, null, township.Errors);
        var ended = input.IsPrimary
            ? await tx.QueryAsync(EndCurrentPrimarySql, [P(kind), P(input.Target.Id), P(from)], r => r.GetInt64(0), ct)
            : [];
        // A savepoint keeps the transaction usable after the exclusion constraint refuses the row,
        // so the rows in the way can be read and named.
        await tx.SaveAsync("assign", ct);
        long id;
        try
        {
            id = (await tx.FirstAsync(InsertSql, [P(township.Value!), P(kind), P(input.Target.Id),
                P(input.Owner.Kind == OwnerKind.Person ? input.Owner.Id : (long?)null),
                P(input.Owner.Kind == OwnerKind.Unit ? input.Owner.Id : (long?)null),
                P(DbCodes.Code(input.Role)), P(input.IsPrimary), P(from), P(input.Note)], r => r.GetInt64(0), ct));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ExclusionViolation)
        {
            await tx.RollbackAsync("assign", ct);
            var conflicts = await tx.QueryAsync(PrimariesOverlappingSql, [P(kind), P(input.Target.Id), P(from)], Read, ct);
            return AssignOwnerPayload.Fail(OwnershipConflictError.Of(conflicts));
        }
        var rows = await tx.QueryAsync(ByIdsSql, [P(ended.Append(id).ToArray())], Read, ct);
        return new(rows.Single(r => r.Id == id), rows.FirstOrDefault(r => r.Id != id), []);
    }

    /// <summary>The township of the live target, which the live owner must share.</summary>
    static async Task<Step<string>> ResolveAsync(NpgsqlTransaction tx, AssignOwnerInput input, CancellationToken ct)
    {
        var (target, owner) = (await tx.FirstAsync(ResolveSql,
            [P(DbCodes.Code(input.Target.Kind)), P(input.Target.Id), P(DbCodes.Code(input.Owner.Kind)), P(input.Owner.Id)],
            r => (r.Text(0), r.Text(1)), ct));
        if (target is null)
            return Step<string>.Fail(Problems.NotFound(TargetNames[input.Target.Kind], $"live {DbCodes.Code(input.Target.Kind)}",
                                                       input.Target.Id, "target"));
        if (await tx.RefusalAsync(target, ct) is { } refused)
            return Step<string>.Fail(refused);
        // An owner of another township is answered like a missing one: the message must not tell
        // that township's people or units apart from ids that do not exist.
        return owner == target
            ? Step<string>.Ok(target)
            : Step<string>.Fail(new NotFoundError(
                $"对象所属乡镇里没有编号为 {input.Owner.Id} 的{(input.Owner.Kind == OwnerKind.Person ? "干部" : "单位")}；只能指派本乡镇的干部或单位。" +
                $"The target's township has no {DbCodes.Code(input.Owner.Kind)} with id {input.Owner.Id}: assign a person or unit of that township.",
                "owner"));
    }

    async Task<AssignmentPayload> EndAsync(NpgsqlTransaction tx, long id, DateTimeOffset? at, CancellationToken ct)
    {
        var row = await tx.FirstAsync(LockOneSql, [P(id)],
            r => (From: r.GetFieldValue<DateTimeOffset>(0), To: r.Nullable<DateTimeOffset>(1), Now: r.GetFieldValue<DateTimeOffset>(2),
                  Township: r.GetString(3)), ct);
        if (row == default)
            return AssignmentPayload.Fail(Problems.NotFound("包联记录", "assignment", id, "id"));
        if (await tx.RefusalAsync(row.Township, ct) is { } refused)
            return AssignmentPayload.Fail(refused);
        var end = at?.ToUniversalTime() ?? row.Now;
        if (row.To is { } to && to <= end)
            return AssignmentPayload.Fail(Problems.Invalid($"该包联已于 {Say.Time(to)} 结束", $"The assignment already ended at {Say.Time(to)}", "id"));
        if (end <= row.From)
            return AssignmentPayload.Fail(Problems.Invalid($"结束时间必须晚于开始时间 {Say.Time(row.From)}",
                                                           $"The end must come after the start, {Say.Time(row.From)}", "at"));
        await tx.ExecuteAsync(EndSql, [P(id), P(end)], ct);
        return new((await tx.QueryAsync(ByIdsSql, [P(new[] { id })], Read, ct))[0], []);
    }

    static readonly Dictionary<TargetKind, string> TargetNames = new()
    {
        [TargetKind.Zone] = "在用片区", [TargetKind.Road] = "在用路段", [TargetKind.Asset] = "在用部件", [TargetKind.Shop] = "在营门店",
    };
}
