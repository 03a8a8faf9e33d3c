namespace Zones.Server.Http.Auth;

/// <summary>
/// The security headers every response carries. The map client and GraphiQL are bundled and served
/// from our own origin, so the policy is <c>'self'</c> plus what they need: <c>data:</c> and
/// <c>blob:</c> images (OpenLayers icons, print snapshots), <c>blob:</c> workers, inline styles
/// (OpenLayers and Monaco set them at run time), and the hosts of the configured online base maps,
/// or any http(s) host for images and fetches while users may add external layers by URL
/// (<see cref="MapOptions.ExternalLayers"/>). Scripts stay <c>'self'</c> either way: an added
/// layer brings pictures and XML, never code.
/// </summary>
static class ContentSecurity
{
    public static IReadOnlyList<(string Name, string Value)> Headers(IConfiguration configuration) =>
    [
        ("Content-Security-Policy", Policy(TileSources(configuration))),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ];

    public static string Policy(IReadOnlyCollection<string> tileHosts)
    {
        var tiles = tileHosts.Count == 0 ? "" : " " + string.Join(' ', tileHosts);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
               $"img-src 'self' data: blob:{tiles}; font-src 'self' data:; connect-src 'self'{tiles}; " +
               "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /// <summary>Where map images may come from: any http(s) host when users may add layers, else the base maps' hosts.</summary>
    static IReadOnlyCollection<string> TileSources(IConfiguration configuration) =>
        configuration.GetSection(MapOptions.Section).Get<MapOptions>()?.ExternalLayers is false ? BaseMapHosts(configuration) : ["https:", "http:"];

    /// <summary>
    /// The origins of the base-map tile templates (<see cref="BaseMapList"/>), as CSP sources. A
    /// subdomain pattern (<c>t{0-7}.tianditu.gov.cn</c>, <c>{a-c}.tile.example.org</c>) becomes a
    /// wildcard (<c>https://*.tianditu.gov.cn</c>); paths on our own site need nothing.
    /// </summary>
    public static IReadOnlyCollection<string> BaseMapHosts(IConfiguration configuration)
    {
        var map = configuration.GetSection(MapOptions.Section).Get<MapOptions>() ?? new MapOptions();
        var zones = configuration.GetSection(ZonesOptions.Section).Get<ZonesOptions>() ?? new ZonesOptions();
        var hosts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var url in BaseMapList.Build(map, zones).Maps.SelectMany(m => m.Urls))
            if (Source(url) is { } source)
                hosts.Add(source);
        return hosts;
    }

    static string? Source(string template)
    {
        var scheme = template.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
            return null;
        var rest = template[(scheme + 3)..];
        var authority = rest[..(rest.IndexOfAny(['/', '?', '#']) is var end and >= 0 ? end : rest.Length)];
        var labels = authority.Split('.');
        // CSP allows a wildcard only as the leftmost label; a pattern deeper in the name allows the scheme.
        if (labels.Skip(1).Any(l => l.Contains('{')))
            return template[..(scheme + 1)];
        if (labels[0].Contains('{'))
            labels[0] = "*";
        return $"{template[..scheme]}://{string.Join('.', labels)}";
    }
}
