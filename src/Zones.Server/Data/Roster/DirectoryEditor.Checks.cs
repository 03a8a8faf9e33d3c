using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Roster;

// The checks before a write: values, the row's township (and the right to write it), the unit referred to.
public sealed partial class DirectoryEditor
{
    const string UnitInTownshipSql = "SELECT township_code FROM zones.unit WHERE id = $1 AND retired_at IS NULL";

    /// <summary>Blank code or name, or a phone number that is not one.</summary>
    static InvalidInputError? Check(string? code, string? name, string? phone, bool required = true) =>
        Problems.Name(code, required, "code") is { } c ? Problems.Invalid("编码不能为空", "The code must not be blank", "code")
        : Problems.Name(name, required, "name") is { } n ? n
        : phone is not null && !PhonePattern().IsMatch(phone)
            ? Problems.Invalid($"电话“{phone}”无效：只能是 5–24 位数字（可含 + ( ) - 和空格）", $"The phone \"{phone}\" must be 5-24 digits (+ ( ) - and spaces allowed)", "phone")
        : null;

    static InvalidInputError? Kind(string kind) =>
        UnitKinds.Of(kind) is null
            ? Problems.Invalid($"单位类型“{kind}”无效，可用：government（政府）、department（部门）、village_committee（村委会/居委会）、company（企业）、property_management（物业）、other（其他）",
                               $"The unit kind \"{kind}\" is not one of government, department, village_committee, company, property_management, other", "kind")
            : null;

    /// <summary>The township of the live row <paramref name="id"/>, locked for the change, once the actor may write it.</summary>
    static async Task<Step<string>> LockAsync(NpgsqlTransaction tx, string sql, long id, string whatZh, string whatEn, CancellationToken ct)
    {
        var township = await tx.FirstAsync(sql, [P(id)], r => r.GetString(0), ct);
        if (township is null)
            return Step<string>.Fail(Problems.NotFound($"在用{whatZh}", $"live {whatEn}", id, "id"));
        return await tx.RefusalAsync(township, ct) is { } refused ? Step<string>.Fail(refused) : Step<string>.Ok(township);
    }

    /// <summary>Null when no unit is named or it is a live unit of <paramref name="township"/>; a unit elsewhere answers as missing.</summary>
    static async Task<NotFoundError?> LiveUnitAsync(NpgsqlTransaction tx, long? unitId, string township, string field, CancellationToken ct) =>
        unitId is not { } id || await tx.FirstAsync(UnitInTownshipSql, [P(id)], r => r.GetString(0), ct) == township
            ? null
            : new NotFoundError($"乡镇 {township} 没有编号为 {id} 的在用单位。请选择本乡镇的单位。" +
                                $"Township {township} has no live unit with id {id}: choose a unit of that township.", field);
}
