using Npgsql;
using Zones.Server.Data.Auth;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Admin;

/// <summary>API keys: created (the secret shown once), listed with their last use, revoked.</summary>
public sealed partial class AccountStore
{
    /// <summary>The roles an API key may have.</summary>
    public static readonly string[] KeyRoles = [Roles.Hotline, Roles.Viewer];

    /// <summary>The API keys within <paramref name="scope"/> (of one township when given), oldest first.</summary>
    public Task<List<ApiKeyRow>> ApiKeysAsync(ActorScope scope, string? townshipCode, bool includeRevoked, CancellationToken ct) =>
        ListAsync(ListKeysSql, [P(scope.TownshipCode), P(scope.CountyCode), P(townshipCode), P(includeRevoked)], ReadKey, ct);

    /// <summary>
    /// Creates a key for <paramref name="scope"/> (one township or a county; none = the actor's own)
    /// and returns it with its secret, which is never shown again.
    /// </summary>
    public Task<AdminPayload<ApiKeyRow>> CreateApiKeyAsync(Actor actor, string name, string role, ActorScope scope, CancellationToken ct)
    {
        scope = scope.IsInstallation ? actor.Within : scope;
        var problem = BlankProblem(name, "name")
            ?? (KeyRoles.Contains(role) ? null : new InvalidInputError($"API key 的角色只能是 {string.Join(" / ", KeyRoles)}。A key's role is hotline or viewer.", "role"))
            ?? (scope.IsInstallation ? new InvalidInputError("API key 属于一个乡镇或一个县：请填写 townshipCode 或 countyCode。" +
                                                             "An API key belongs to one township or one county: give townshipCode or countyCode.", "townshipCode")
                : scope is { TownshipCode: not null, CountyCode: not null }
                ? new InvalidInputError("请只填乡镇代码或县代码之一。Give townshipCode or countyCode, not both.", "countyCode") : null);
        return db.WriteAsync(actor, problem, async tx =>
        {
            if (await ScopeProblemAsync(tx, scope, ct) is { } bad)
                return AdminPayload<ApiKeyRow>.Fail(bad);
            var secret = UserStore.NewApiKey();
            var id = await UserStore.InsertApiKeyAsync(tx.Connection!, tx, scope, name.Trim(), secret, role, ct);
            return AdminPayload<ApiKeyRow>.Ok((await ManagedKeyAsync(tx, id, ct)).Row, secret);
        }, AdminPayload<ApiKeyRow>.Fail, ct);
    }

    /// <summary>Revokes a key: refused from its next call on.</summary>
    public Task<AdminPayload<ApiKeyRow>> RevokeApiKeyAsync(Actor actor, long id, CancellationToken ct) =>
        db.WriteAsync(actor, async tx =>
        {
            var (row, refused) = await ManagedKeyAsync(tx, id, ct);
            if (refused is not null)
                return AdminPayload<ApiKeyRow>.Fail(refused);
            await tx.ExecuteAsync(RevokeKeySql, [P(id)], ct);
            changes.Changed($"apikey:{row!.Name}");
            return AdminPayload<ApiKeyRow>.Ok((await ManagedKeyAsync(tx, id, ct)).Row);
        }, AdminPayload<ApiKeyRow>.Fail, ct);

    static Task<(ApiKeyRow? Row, UserError? Refused)> ManagedKeyAsync(NpgsqlTransaction tx, long id, CancellationToken ct) =>
        ManagedAsync(tx, KeyByIdSql, id, ReadKey, (" API key", "API key"), k => (k.Name, new ActorScope(k.TownshipCode, k.CountyCode)), ct);

    static ApiKeyRow ReadKey(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Text(3), r.Text(4), r.GetString(5), r.Time(6), r.TimeOrNull(7), r.TimeOrNull(8));
}
