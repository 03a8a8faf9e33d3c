namespace Zones.Server.Data.Roster;

/// <summary>A new unit (部门, 村委会, 企业, 物业 …) of a township.</summary>
/// <param name="Kind">A stored kind (<see cref="UnitKinds"/>) or its Chinese name (部门, 村委会 …).</param>
public sealed record UnitInput(string TownshipCode, string Code, string Name, string Kind, string? Phone, long? ParentId);

/// <summary>A new person (干部) of a township.</summary>
public sealed record PersonInput(string TownshipCode, string Code, string Name, string? Title, string? Phone, long? UnitId);

/// <summary>
/// A change of a unit or a person: null leaves a field as it is, except the optional fields listed
/// in <paramref name="Cleared"/> (sent as null: emptied).
/// </summary>
public sealed record DirectoryChange(long Id, string? Code, string? Name, string? Kind, string? Title, string? Phone, long? UnitId,
                                     IReadOnlySet<string> Cleared);

/// <summary>The id of the unit or person written, or the errors.</summary>
public sealed record DirectoryPayload(long? Id, IReadOnlyList<UserError> Errors) : Editing.IPayload
{
    internal static DirectoryPayload Fail(UserError error) => new(null, [error]);
}

/// <summary>The kinds of <c>zones.unit.kind</c> and the Chinese names a 花名册 uses for them.</summary>
public static class UnitKinds
{
    public static readonly IReadOnlyDictionary<string, string> ByName = new Dictionary<string, string>
    {
        ["government"] = "government", ["department"] = "department", ["village_committee"] = "village_committee",
        ["company"] = "company", ["property_management"] = "property_management", ["other"] = "other",
        ["政府"] = "government", ["镇政府"] = "government", ["部门"] = "department", ["村委会"] = "village_committee",
        ["居委会"] = "village_committee", ["社区"] = "village_committee", ["企业"] = "company", ["物业"] = "property_management",
        ["其他"] = "other",
    };

    /// <summary>The stored kind of <paramref name="kind"/>, or null when it is none.</summary>
    public static string? Of(string? kind) => kind is null ? null : ByName.GetValueOrDefault(kind.Trim());
}
