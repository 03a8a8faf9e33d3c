namespace Zones.Server.Data;

/// <summary>
/// Who performs a read or a write: the signed-in user or API key. Every write transaction names it
/// (<c>SET LOCAL zones.actor</c>) so the audit log records who changed what, and carries its scope
/// so the database refuses a write outside it.
/// </summary>
/// <param name="Name">Login or key name, as written to the audit log (e.g. <c>planner</c>, <c>apikey:12345热线</c>).</param>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="PersonId">The 干部 behind the login, when there is one (cadres act for themselves).</param>
/// <param name="UnitId">The unit the login acts for, when there is one.</param>
/// <param name="Scope">The townships the actor belongs to; <see cref="ActorScope.Installation"/> when omitted.</param>
/// <param name="MustChangePassword">An admin reset the user's password (or created the user): no writes until they choose their own.</param>
public sealed record Actor(string Name, string Role, long? PersonId = null, long? UnitId = null, ActorScope? Scope = null,
                           bool MustChangePassword = false)
{
    /// <summary>The loader, migrations and command-line tools: the whole installation.</summary>
    public static readonly Actor System = new("system", Roles.Admin);

    /// <summary>The scope, never null (an actor made without one belongs to the installation).</summary>
    public ActorScope Within => Scope ?? ActorScope.Installation;
}

/// <summary>
/// The townships an actor belongs to: one township, a county (all of its townships), or the whole
/// installation (neither code). Which townships that means is decided by the database
/// (<c>zones.scope_townships</c>), never by code here.
/// </summary>
/// <param name="TownshipCode">12-digit division code of the actor's township, or null.</param>
/// <param name="CountyCode">6-digit county code when the actor serves a whole county, or null.</param>
public sealed record ActorScope(string? TownshipCode, string? CountyCode)
{
    public static readonly ActorScope Installation = new(null, null);

    public static ActorScope Township(string code) => new(code, null);

    public static ActorScope County(string code) => new(null, code);

    public bool IsInstallation => TownshipCode is null && CountyCode is null;

    /// <summary>How the scope reads in messages: 乡镇 330102001001 / 县 330102 / 全部乡镇.</summary>
    public override string ToString() =>
        TownshipCode is { } t ? $"乡镇 {t}" : CountyCode is { } c ? $"县 {c}" : "全部乡镇 (installation)";
}

/// <summary>The roles of the API (shared/DESIGN.md, issue #4 §7).</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Planner = "planner";
    public const string Cadre = "cadre";
    public const string Viewer = "viewer";
    /// <summary>Hotline systems (12345) calling with an API key: may report complaints, nothing else.</summary>
    public const string Hotline = "hotline";
    /// <summary>
    /// A resident reporting through the public page (<c>/report</c>): no account, may open a case in the
    /// township at the reported point and nothing else. Never a user's role, so not in <see cref="All"/>.
    /// </summary>
    public const string Resident = "resident";

    public static readonly string[] All = [Admin, Planner, Cadre, Viewer, Hotline];
}
