using System.Globalization;

namespace Zones.Server.Data.Access;

/// <summary>A complaint's reporter (反映人) as one caller may see it.</summary>
public sealed record Reporter(string? Name, string? Phone);

/// <summary>
/// THE rule for reporters' personal data (issue #10 §1): staff (admin, planner, cadre, viewer) see a
/// reporter's name and phone in full in the townships their scope covers; everyone else (anonymous
/// callers, hotline keys, staff of other townships) sees them masked — 张*, 138****5678. GraphQL,
/// export and OGC API Features all show reporters through <see cref="Show"/>.
/// </summary>
public static class ReporterPrivacy
{
    static readonly string[] Staff = [Roles.Admin, Roles.Planner, Roles.Cadre, Roles.Viewer];

    /// <summary>Whether the actor's role may see reporters at all (then only in its own scope).</summary>
    public static bool IsStaff(Actor? actor) => actor is not null && Staff.Contains(actor.Role);

    /// <summary>The reporter in full when <paramref name="inFull"/>, else masked.</summary>
    public static Reporter Show(Reporter reporter, bool inFull) =>
        inFull ? reporter : new Reporter(MaskName(reporter.Name), MaskPhone(reporter.Phone));

    /// <summary>The family name (first character) and one * per further character: 张三 → 张*, 欧阳娜娜 → 欧***.</summary>
    public static string? MaskName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return name;
        var letters = new StringInfo(name.Trim());
        return letters.LengthInTextElements == 1
            ? "*"
            : letters.SubstringByTextElements(0, 1) + new string('*', letters.LengthInTextElements - 1);
    }

    /// <summary>The first three and last four characters around ****: 13812345678 → 138****5678; short numbers are all *.</summary>
    public static string? MaskPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
            return phone;
        var p = phone.Trim();
        return p.Length >= 8 ? $"{p[..3]}****{p[^4..]}" : new string('*', p.Length);
    }
}
