using System.Text.RegularExpressions;
using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Roster;

/// <summary>
/// Units and people (花名册) of a township: create, change, retire (issue #11 §3, contract D).
/// Retiring keeps the row (assignments and cases still name it) and hides it from the lists; a
/// person or unit still holding a 包联 cannot retire until it is handed over. Audited (0014).
/// </summary>
public sealed partial class DirectoryEditor(NpgsqlDataSource db)
{
    public Task<DirectoryPayload> CreateUnitAsync(Actor actor, UnitInput input, CancellationToken ct) =>
        db.WriteAsync(actor, Check(input.Code, input.Name, input.Phone) ?? Kind(input.Kind), async tx =>
        {
            if (await Rules.TownshipCheck.RefuseAsync(tx, input.TownshipCode, ct) is { } refused)
                return DirectoryPayload.Fail(refused);
            if (await LiveUnitAsync(tx, input.ParentId, input.TownshipCode, "parentId", ct) is { } noParent)
                return DirectoryPayload.Fail(noParent);
            return await InsertAsync(tx, InsertUnitSql, input.Code, [P(input.TownshipCode), P(input.Code.Trim()), P(input.Name.Trim()),
                P(UnitKinds.Of(input.Kind)!), P(input.Phone), P(input.ParentId)], ct);
        }, DirectoryPayload.Fail, ct);

    public Task<DirectoryPayload> CreatePersonAsync(Actor actor, PersonInput input, CancellationToken ct) =>
        db.WriteAsync(actor, Check(input.Code, input.Name, input.Phone), async tx =>
        {
            if (await Rules.TownshipCheck.RefuseAsync(tx, input.TownshipCode, ct) is { } refused)
                return DirectoryPayload.Fail(refused);
            if (await LiveUnitAsync(tx, input.UnitId, input.TownshipCode, "unitId", ct) is { } noUnit)
                return DirectoryPayload.Fail(noUnit);
            return await InsertAsync(tx, InsertPersonSql, input.Code, [P(input.TownshipCode), P(input.Code.Trim()), P(input.Name.Trim()),
                P(input.Title), P(input.Phone), P(input.UnitId)], ct);
        }, DirectoryPayload.Fail, ct);

    public Task<DirectoryPayload> UpdateUnitAsync(Actor actor, DirectoryChange change, CancellationToken ct) =>
        db.WriteAsync(actor, Check(change.Code, change.Name, change.Phone, required: false) ?? (change.Kind is null ? null : Kind(change.Kind)), async tx =>
        {
            var township = await LockAsync(tx, LockUnitSql, change.Id, "单位", "unit", ct);
            if (township.Failed)
                return new DirectoryPayload(null, township.Errors);
            return await UpdateAsync(tx, change.Id, UpdateUnitSql, change.Code, [P(change.Id), P(change.Code?.Trim()), P(change.Name?.Trim()),
                P(UnitKinds.Of(change.Kind)), P(change.Phone), P(change.Cleared.Contains("phone"))], ct);
        }, DirectoryPayload.Fail, ct);

    public Task<DirectoryPayload> UpdatePersonAsync(Actor actor, DirectoryChange change, CancellationToken ct) =>
        db.WriteAsync(actor, Check(change.Code, change.Name, change.Phone, required: false), async tx =>
        {
            var township = await LockAsync(tx, LockPersonSql, change.Id, "干部", "person", ct);
            if (township.Failed)
                return new DirectoryPayload(null, township.Errors);
            if (await LiveUnitAsync(tx, change.UnitId, township.Value!, "unitId", ct) is { } noUnit)
                return DirectoryPayload.Fail(noUnit);
            return await UpdateAsync(tx, change.Id, UpdatePersonSql, change.Code, [P(change.Id), P(change.Code?.Trim()), P(change.Name?.Trim()),
                P(change.Title), P(change.Cleared.Contains("title")), P(change.Phone), P(change.Cleared.Contains("phone")),
                P(change.UnitId), P(change.Cleared.Contains("unitId"))], ct);
        }, DirectoryPayload.Fail, ct);

    /// <summary>Retires a unit; refused while it holds a 包联 that has not ended.</summary>
    public Task<DirectoryPayload> RetireUnitAsync(Actor actor, long id, CancellationToken ct) =>
        RetireAsync(actor, id, LockUnitSql, UnitAssignmentsSql, RetireUnitSql, "单位", "unit", ct);

    /// <summary>Retires a person; refused while they hold a 包联 that has not ended (a handover comes first).</summary>
    public Task<DirectoryPayload> RetirePersonAsync(Actor actor, long id, CancellationToken ct) =>
        RetireAsync(actor, id, LockPersonSql, PersonAssignmentsSql, RetirePersonSql, "干部", "person", ct);

    Task<DirectoryPayload> RetireAsync(Actor actor, long id, string lockSql, string countSql, string retireSql,
                                       string whatZh, string whatEn, CancellationToken ct) =>
        db.WriteAsync(actor, async tx =>
        {
            var township = await LockAsync(tx, lockSql, id, whatZh, whatEn, ct);
            if (township.Failed)
                return new DirectoryPayload(null, township.Errors);
            var held = await tx.FirstAsync(countSql, [P(id)], r => r.GetInt64(0), ct);
            if (held > 0)
                return DirectoryPayload.Fail(Problems.Invalid(
                    $"该{whatZh}还负责 {held} 项包联（未结束），不能撤销。请先在包联管理中把这些对象移交给其他人（或结束这些包联），再撤销",
                    $"This {whatEn} still holds {held} 包联 assignment(s) that have not ended: hand them over to someone else (or end them) first, then retire", "id"));
            await tx.ExecuteAsync(retireSql, [P(id)], ct);
            return new DirectoryPayload(id, []);
        }, DirectoryPayload.Fail, ct);

    static async Task<DirectoryPayload> InsertAsync(NpgsqlTransaction tx, string sql, string code, NpgsqlParameter[] parameters, CancellationToken ct)
    {
        if (await UniqueAsync(tx, () => tx.FirstAsync(sql, parameters, r => r.GetInt64(0), ct), code, ct) is var (id, error) && error is not null)
            return DirectoryPayload.Fail(error);
        return new DirectoryPayload(id, []);
    }

    static async Task<DirectoryPayload> UpdateAsync(NpgsqlTransaction tx, long id, string sql, string? code, NpgsqlParameter[] parameters,
                                                    CancellationToken ct) =>
        (await UniqueAsync(tx, async () => await tx.ExecuteAsync(sql, parameters, ct), code, ct)).Error is { } error
            ? DirectoryPayload.Fail(error)
            : new DirectoryPayload(id, []);

    // A taken code answers as a DuplicateError naming it; the savepoint keeps the transaction usable.
    static async Task<(T? Value, UserError? Error)> UniqueAsync<T>(NpgsqlTransaction tx, Func<Task<T>> work, string? code, CancellationToken ct)
    {
        await tx.SaveAsync("directory", ct);
        try
        {
            return (await work(), null);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await tx.RollbackAsync("directory", ct);
            return (default, DuplicateError.Of("code", code));
        }
    }

    [GeneratedRegex("^[0-9+() -]{5,24}$")]
    private static partial Regex PhonePattern();
}
