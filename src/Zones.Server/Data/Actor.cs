namespace Zones.Server.Data;

/// <summary>
/// Who performs a write: the signed-in user or API key. Every write transaction names it
/// (<c>SET LOCAL zones.actor</c>) so the audit log records who changed what.
/// </summary>
/// <param name="Name">Login or key name, as written to the audit log (e.g. <c>planner</c>, <c>apikey:12345热线</c>).</param>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="PersonId">The 干部 behind the login, when there is one (cadres act for themselves).</param>
/// <param name="UnitId">The unit the login acts for, when there is one.</param>
public sealed record Actor(string Name, string Role, long? PersonId = null, long? UnitId = null)
{
    /// <summary>The loader, migrations and command-line tools.</summary>
    public static readonly Actor System = new("system", Roles.Admin);
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

    public static readonly string[] All = [Admin, Planner, Cadre, Viewer, Hotline];
}
