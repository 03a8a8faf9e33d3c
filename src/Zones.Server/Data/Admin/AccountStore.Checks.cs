using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Admin;

/// <summary>What is wrong with an account's fields, said before anything is written.</summary>
public sealed partial class AccountStore
{
    static UserError? NewUserProblem(NewUser user) =>
        (UsernamePattern.IsMatch(user.Username) ? null : new InvalidInputError(
            $"用户名“{user.Username}”不可用：只能用 2–64 位字母、数字或 _ . @ -，如 zhang.san。" +
            $"The username \"{user.Username}\" is not allowed: use 2-64 letters, digits or _ . @ -, e.g. zhang.san.", "username"))
        ?? BlankProblem(user.DisplayName, "displayName")
        ?? RoleProblem(user.Role)
        ?? (user.Scope is { TownshipCode: not null, CountyCode: not null }
            ? new InvalidInputError("请只填乡镇代码或县代码之一（都不填 = 全系统账号）。Give townshipCode or countyCode, not both (neither = installation-wide).", "countyCode")
            : null)
        ?? CadreProblem(user.Role, user.PersonId, user.UnitId)
        ?? PasswordProblem(user.Password, "password");

    static UserError? ChangeProblem(UserChange change) =>
        (change.DisplayName is { } name ? BlankProblem(name, "displayName") : null) ?? (change.Role is { } role ? RoleProblem(role) : null);

    static InvalidInputError? BlankProblem(string value, string field) => string.IsNullOrWhiteSpace(value)
        ? new InvalidInputError($"{field} 不能为空。The {field} must not be blank.", field) : null;

    static InvalidInputError? RoleProblem(string role) => UserRoles.Contains(role) ? null
        : new InvalidInputError($"角色“{role}”不存在，可选：{string.Join(", ", UserRoles)}。The role must be one of {string.Join(", ", UserRoles)}.", "role");

    static InvalidInputError? CadreProblem(string role, long? personId, long? unitId) => role == Roles.Cadre && personId is null && unitId is null
        ? new InvalidInputError("干部（cadre）账号要代表一位干部或一个单位：请填写 personId 或 unitId。" +
                                "A cadre acts for a person or a unit: give personId or unitId.", "personId")
        : null;

    /// <summary>Null when the password is long enough.</summary>
    public static InvalidInputError? PasswordProblem(string password, string field) => password.Length >= MinPasswordLength ? null
        : new InvalidInputError($"密码至少 {MinPasswordLength} 个字符（现为 {password.Length} 个）。可用一句好记的话，如“桑溪镇2026年创卫”。" +
                                $"A password needs at least {MinPasswordLength} characters (this one has {password.Length}): a memorable phrase works well.", field);

    /// <summary>The scope names a township and a county that exist.</summary>
    static async Task<UserError?> ScopeProblemAsync(NpgsqlTransaction tx, ActorScope scope, CancellationToken ct)
    {
        if (scope.TownshipCode is { } t && !await tx.FirstAsync(TownshipExistsSql, [P(t)], r => r.GetBoolean(0), ct))
            return new NotFoundError($"没有代码为“{t}”的乡镇。请先新建乡镇，或核对 12 位代码。There is no township \"{t}\": create it first or check the code.", "townshipCode");
        if (scope.CountyCode is { } c && !await tx.FirstAsync(CountyExistsSql, [P(c)], r => r.GetBoolean(0), ct))
            return new NotFoundError($"没有代码为“{c}”的县（县在其第一个乡镇登记时建立）。There is no county \"{c}\": counties come with their first township.", "countyCode");
        return null;
    }

    /// <summary>The person and unit a user acts for lie within the user's scope.</summary>
    static async Task<UserError?> OwnerProblemAsync(NpgsqlTransaction tx, ActorScope scope, long? personId, long? unitId, CancellationToken ct)
    {
        if (personId is null && unitId is null)
            return null;
        var (person, unit) = await tx.FirstAsync(OwnerInScopeSql, [P(scope.TownshipCode), P(scope.CountyCode), P(personId), P(unitId)],
                                                 r => (r.GetBoolean(0), r.GetBoolean(1)), ct);
        return !person ? new NotFoundError($"账号的范围（{scope}）内没有编号为 {personId} 的干部。There is no person {personId} within the account's scope ({scope}).", "personId")
            : !unit ? new NotFoundError($"账号的范围（{scope}）内没有编号为 {unitId} 的单位。There is no unit {unitId} within the account's scope ({scope}).", "unitId")
            : null;
    }
}
