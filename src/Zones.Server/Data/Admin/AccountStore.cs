using System.Text.RegularExpressions;
using Npgsql;
using Zones.Server.Data.Auth;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Admin;

/// <summary>The fields of a new user (<c>createUser</c>, <c>zones admin user add</c>).</summary>
public sealed record NewUser(string Username, string DisplayName, string Role, ActorScope Scope, long? PersonId, long? UnitId, string Password);

/// <summary>What <c>updateUser</c> changes: null leaves a value; <see cref="SetPerson"/> / <see cref="SetUnit"/> say whether to set those (to null too).</summary>
public sealed record UserChange(string? DisplayName, string? Role, bool SetPerson, long? PersonId, bool SetUnit, long? UnitId);

/// <summary>
/// Users and API keys as admins manage them (issue #11 §6): created in the admin's scope, changed,
/// disabled, reset, revoked. Who may is the database's rule (migration 0013: <c>zones.may_manage</c>
/// before the write, the trigger <c>check_account_scope</c> as the guarantee), so an admin never
/// reaches an account outside their scope nor grants a wider one. Every write is logged with its actor.
/// </summary>
public sealed partial class AccountStore(NpgsqlDataSource db, AccountChanges changes)
{
    /// <summary>Shortest password an admin may set or a user may choose.</summary>
    public const int MinPasswordLength = 12;

    static readonly Regex UsernamePattern = new("^[A-Za-z0-9_.@-]{2,64}$");

    /// <summary>The roles a user may have (hotline is for API keys).</summary>
    public static readonly string[] UserRoles = [Roles.Admin, Roles.Planner, Roles.Cadre, Roles.Viewer];

    /// <summary>The users within <paramref name="scope"/> (of one township when given), by name.</summary>
    public Task<List<UserRow>> UsersAsync(ActorScope scope, string? townshipCode, bool includeDisabled, CancellationToken ct) =>
        ListAsync(ListUsersSql, [P(scope.TownshipCode), P(scope.CountyCode), P(townshipCode), P(includeDisabled)], ReadUser, ct);

    /// <summary>The id of the user named <paramref name="username"/> (any case), or null.</summary>
    public async Task<long?> UserIdAsync(string username, CancellationToken ct) =>
        (await ListAsync(UserIdSql, [P(username)], r => (long?)r.GetInt64(0), ct)).FirstOrDefault();

    /// <summary>Creates a user who must choose their own password at the first sign-in.</summary>
    public Task<AdminPayload<UserRow>> CreateUserAsync(Actor actor, NewUser user, CancellationToken ct) =>
        db.WriteAsync(actor, NewUserProblem(user), async tx =>
        {
            if ((await ScopeProblemAsync(tx, user.Scope, ct) ?? await OwnerProblemAsync(tx, user.Scope, user.PersonId, user.UnitId, ct)) is { } bad)
                return AdminPayload<UserRow>.Fail(bad);
            var id = await tx.FirstAsync(CreateUserSql, [P(user.Scope.TownshipCode), P(user.Scope.CountyCode), P(user.Username),
                P(user.DisplayName.Trim()), P(user.Role), P(UserStore.HashPassword(user.Password)), P(user.PersonId), P(user.UnitId)], r => (long?)r.GetInt64(0), ct);
            if (id is null)
                return AdminPayload<UserRow>.Fail(new DuplicateError($"用户名“{user.Username}”已被占用（用户名在全系统唯一，不区分大小写）。请换一个。" +
                    $"The username \"{user.Username}\" is taken (usernames are unique across the installation, ignoring case): choose another.", "username", user.Username));
            return AdminPayload<UserRow>.Ok((await ManagedUserAsync(tx, id.Value, ct)).Row);
        }, AdminPayload<UserRow>.Fail, ct);

    /// <summary>Changes a user's display name, role, person or unit.</summary>
    public Task<AdminPayload<UserRow>> UpdateUserAsync(Actor actor, long id, UserChange change, CancellationToken ct) =>
        db.WriteAsync(actor, ChangeProblem(change), async tx =>
        {
            var (row, refused) = await ManagedUserAsync(tx, id, ct);
            if (refused is not null)
                return AdminPayload<UserRow>.Fail(refused);
            var scope = new ActorScope(row!.TownshipCode, row.CountyCode);
            var (person, unit) = (change.SetPerson ? change.PersonId : row.PersonId, change.SetUnit ? change.UnitId : row.UnitId);
            if ((CadreProblem(change.Role ?? row.Role, person, unit) ?? await OwnerProblemAsync(tx, scope, person, unit, ct)) is { } bad)
                return AdminPayload<UserRow>.Fail(bad);
            await tx.ExecuteAsync(UpdateUserSql, [P(id), P(change.DisplayName?.Trim()), P(change.Role), P(change.SetPerson), P(change.PersonId),
                                                  P(change.SetUnit), P(change.UnitId)], ct);
            changes.Changed(row.Username);
            return AdminPayload<UserRow>.Ok((await ManagedUserAsync(tx, id, ct)).Row);
        }, AdminPayload<UserRow>.Fail, ct);

    /// <summary>Disables a user and ends their sessions (at their next request).</summary>
    public Task<AdminPayload<UserRow>> DisableUserAsync(Actor actor, long id, CancellationToken ct) =>
        ChangeUserAsync(actor, id, async (tx, row) =>
        {
            if (string.Equals(row.Username, actor.Name, StringComparison.OrdinalIgnoreCase))
                return new InvalidInputError("不能停用自己的账号。请让另一位管理员操作。You cannot disable your own account: ask another administrator.", "id");
            await tx.ExecuteAsync(DisableUserSql, [P(id)], ct);
            await SessionStore.EndUserSessionsAsync(tx, id, ct);
            return null;
        }, ct);

    /// <summary>Lets a disabled user sign in again.</summary>
    public Task<AdminPayload<UserRow>> EnableUserAsync(Actor actor, long id, CancellationToken ct) =>
        ChangeUserAsync(actor, id, async (tx, _) => { await tx.ExecuteAsync(EnableUserSql, [P(id)], ct); return null; }, ct);

    /// <summary>Sets a password the user must change at the next sign-in, and ends their sessions.</summary>
    public Task<AdminPayload<UserRow>> ResetPasswordAsync(Actor actor, long id, string password, CancellationToken ct) =>
        PasswordProblem(password, "password") is { } bad
            ? Task.FromResult(AdminPayload<UserRow>.Fail(bad))
            : ChangeUserAsync(actor, id, async (tx, _) =>
            {
                await tx.ExecuteAsync(SetPasswordSql, [P(id), P(UserStore.HashPassword(password)), P(true)], ct);
                await SessionStore.EndUserSessionsAsync(tx, id, ct);
                return null;
            }, ct);

    /// <summary>A user's own new password (after checking the current one elsewhere): clears mustChangePassword.</summary>
    public Task<AdminPayload<UserRow>> ChangeOwnPasswordAsync(Actor actor, long id, string password, CancellationToken ct) =>
        PasswordProblem(password, "newPassword") is { } bad
            ? Task.FromResult(AdminPayload<UserRow>.Fail(bad))
            : ChangeUserAsync(actor, id, async (tx, _) =>
            {
                await tx.ExecuteAsync(SetPasswordSql, [P(id), P(UserStore.HashPassword(password)), P(false)], ct);
                return null;
            }, ct);

    /// <summary>Runs <paramref name="write"/> on a user the actor manages; tells the session cache the account changed.</summary>
    Task<AdminPayload<UserRow>> ChangeUserAsync(Actor actor, long id, Func<NpgsqlTransaction, UserRow, Task<UserError?>> write, CancellationToken ct) =>
        db.WriteAsync(actor, async tx =>
        {
            var (row, refused) = await ManagedUserAsync(tx, id, ct);
            if ((refused ?? await write(tx, row!)) is { } error)
                return AdminPayload<UserRow>.Fail(error);
            changes.Changed(row!.Username);
            return AdminPayload<UserRow>.Ok((await ManagedUserAsync(tx, id, ct)).Row);
        }, AdminPayload<UserRow>.Fail, ct);

    /// <summary>The user (locked for the write), or why the actor may not touch it: missing, or outside their scope.</summary>
    static Task<(UserRow? Row, UserError? Refused)> ManagedUserAsync(NpgsqlTransaction tx, long id, CancellationToken ct) =>
        ManagedAsync(tx, UserByIdSql, id, ReadUser, ("用户", "user"), u => (u.Username, new ActorScope(u.TownshipCode, u.CountyCode)), ct);

    /// <summary>
    /// The account of <paramref name="sql"/> (its row, then whether <c>zones.may_manage</c> lets the actor
    /// touch it), or NotFoundError / ForbiddenError naming it.
    /// </summary>
    static async Task<(T? Row, UserError? Refused)> ManagedAsync<T>(NpgsqlTransaction tx, string sql, long id, Func<NpgsqlDataReader, T> read,
        (string Zh, string En) what, Func<T, (string Name, ActorScope Scope)> whose, CancellationToken ct) where T : class
    {
        var found = await tx.FirstAsync(sql, [P(id)], r => (Row: read(r), May: r.GetBoolean(r.FieldCount - 1)), ct);
        if (found.Row is null)
            return (null, new NotFoundError($"没有编号为 {id} 的{what.Zh}。There is no {what.En} {id}.", "id"));
        if (found.May)
            return (found.Row, null);
        var (name, scope) = whose(found.Row);
        return (null, new ForbiddenError($"{what.Zh}“{name}”属于{scope}，不在您的管辖范围内。请由该范围的管理员办理。" +
                                         $"The {what.En} \"{name}\" belongs to {scope}, outside your scope: ask an administrator of that scope.", "id"));
    }

    static UserRow ReadUser(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Text(4), r.Text(5),
        r.Long(6), r.Long(7), r.Time(8), r.TimeOrNull(9), r.GetBoolean(10), r.TimeOrNull(11));

    async Task<List<T>> ListAsync<T>(string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QueryAsync(null, sql, parameters, read, ct);
    }
}
