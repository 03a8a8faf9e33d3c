using Zones.Server.Data.Access;

namespace Zones.Server.Http.Auth;

/// <summary>
/// The request's <see cref="RequestAccess"/> for HTTP endpoints that are not GraphQL (OGC, tiles,
/// export, Open311): made once per request from the signed-in actor, so every path asks the same
/// database rule the same way.
/// </summary>
public static class HttpAccess
{
    static readonly object Key = new();

    public static RequestAccess Access(this HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var existing) && existing is RequestAccess access)
            return access;
        access = new RequestAccess(http.RequestServices.GetRequiredService<TownshipAccess>(), http.User.ToActor());
        http.Items[Key] = access;
        return access;
    }
}
