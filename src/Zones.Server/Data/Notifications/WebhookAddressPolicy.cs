using System.Net;
using System.Net.Sockets;

namespace Zones.Server.Data.Notifications;

/// <summary>
/// Where a webhook may post (SSRF): http or https only, and never to addresses that reach the
/// server's own machine or its cloud: loopback, link-local (169.254.0.0/16 holds cloud metadata
/// services), unspecified, multicast, broadcast. Private networks are refused unless configured (a
/// township's gateway on a 政务外网). The check runs when the socket connects, on the address DNS
/// actually gave, so a name that resolves to a public address at save time and to 127.0.0.1 at send
/// time (DNS rebinding) is still refused. Redirects are not followed.
/// </summary>
public sealed class WebhookAddressPolicy(NotifyOptions options)
{
    /// <summary>Why <paramref name="url"/> can never be a webhook (scheme, form, a refused literal address); null when it may be.</summary>
    public string? UrlProblem(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return "Webhook 地址须是完整的 http:// 或 https:// 网址。A webhook URL must be an absolute http:// or https:// URL.";
        if (!string.IsNullOrEmpty(uri.UserInfo))
            return "Webhook 地址不能包含用户名或密码，请用签名密钥鉴权。A webhook URL may not carry a user name or password: the signature authenticates.";
        if (uri.IsLoopback && !options.AllowLoopbackWebhooks || IPAddress.TryParse(uri.DnsSafeHost, out var ip) && Refusal(ip) is not null)
            return $"Webhook 不能发往 {uri.Host}：本机、内网和链路本地地址不允许（防止服务器被用来访问内部服务）。" +
                   $"A webhook may not post to {uri.Host}: loopback, private and link-local addresses are refused.";
        return null;
    }

    /// <summary>Why the server may not connect to <paramref name="address"/>; null when it may.</summary>
    public string? Refusal(IPAddress address)
    {
        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (IPAddress.IsLoopback(ip))
            return options.AllowLoopbackWebhooks ? null : "loopback";
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = ip.GetAddressBytes();
            if (b[0] == 0 || b[0] >= 224 || b[0] == 169 && b[1] == 254)
                return "reserved, multicast or link-local";
            if (b[0] == 10 || b[0] == 172 && b[1] is >= 16 and <= 31 || b[0] == 192 && b[1] == 168 || b[0] == 100 && b[1] is >= 64 and <= 127)
                return options.AllowPrivateNetworkWebhooks ? null : "private network";
            return null;
        }
        if (ip.Equals(IPAddress.IPv6Any) || ip.IsIPv6LinkLocal || ip.IsIPv6Multicast || ip.IsIPv6SiteLocal)
            return "reserved, multicast or link-local";
        if (ip.IsIPv6UniqueLocal)
            return options.AllowPrivateNetworkWebhooks ? null : "private network";
        return null;
    }

    /// <summary>
    /// The ConnectCallback of the webhook client: resolves the host and connects to the first address
    /// the policy allows; refuses when it allows none.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(a => Refusal(a) is null).ToList();
        if (allowed.Count == 0)
            throw new HttpRequestException($"webhook host {host} resolves only to refused addresses " +
                                           $"({string.Join(", ", addresses.Select(a => $"{a}: {Refusal(a)}"))})");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed[0], context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
