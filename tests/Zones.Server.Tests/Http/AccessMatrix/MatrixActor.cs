using Zones.Server.Data;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>
/// A caller of the access matrix: how it signs in (<see cref="SignedInClients"/>: null = anonymous, a
/// username, or <c>key:…</c> for an API key), its role and its scope (a township, or a county).
/// </summary>
public sealed record MatrixActor(string Name, string? Who, string? Role, string? Township = null, string? County = null)
{
    /// <summary>Whether the actor's scope covers <paramref name="township"/> (a county covers its townships).</summary>
    public bool Covers(string township) =>
        Township == township || (County is { } county && township.StartsWith(county, StringComparison.Ordinal));

    /// <summary>THE read rule: public townships for everyone, plus the scope when signed in.</summary>
    public bool MayRead(MatrixTownship township) => township.IsPublic || (Who is not null && Covers(township.Code));

    /// <summary>THE write rule: a role that may run the write, on a township in the scope.</summary>
    public bool MayWrite(MatrixTownship township, IReadOnlyCollection<string> roles) =>
        Role is { } role && roles.Contains(role) && Covers(township.Code);

    public override string ToString() => Name;

    /// <summary>
    /// Anonymous; viewer, cadre, planner and admin of the demo and of the second township; the county
    /// admin over both; a hotline key of each township.
    /// </summary>
    public static IReadOnlyList<MatrixActor> All(string demo) =>
    [
        new("anonymous", null, null),
        .. new[] { Roles.Viewer, Roles.Cadre, Roles.Planner, Roles.Admin }.SelectMany(role => new MatrixActor[]
        {
            new($"demo {role}", role, role, demo),
            new($"second {role}", SecondTownship.User(role), role, SecondTownship.Code),
        }),
        new("county admin", SecondTownship.CountyAdmin, Roles.Admin, County: SecondTownship.County),
        new("demo hotline key", "key:" + DemoAccounts.HotlineKey, Roles.Hotline, demo),
        new("second hotline key", "key:" + SecondTownship.HotlineKey, Roles.Hotline, SecondTownship.Code),
    ];
}
