using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Zones.Server.Tests.Data.Notifications;

/// <summary>One POST a <see cref="WebhookReceiver"/> got, and what it answered.</summary>
public sealed record ReceivedPost(string Event, string Body, string? Signature, int Answer);

/// <summary>
/// A webhook receiver on a free loopback port (HttpListener): records every POST and answers 500 to the
/// first POST of each event when <paramref name="failFirst"/>, 200 otherwise.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    readonly HttpListener _listener = new();
    readonly ConcurrentDictionary<string, int> _seen = new();
    readonly bool _failFirst;
    readonly Task _loop;

    public WebhookReceiver(bool failFirst)
    {
        _failFirst = failFirst;
        Url = $"http://127.0.0.1:{FreePort()}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<ReceivedPost> Posts { get; } = new();

    /// <summary>The events the receiver accepted (answered 200), in order.</summary>
    public List<string> Accepted => Posts.Where(p => p.Answer == 200).Select(p => p.Event).ToList();

    async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var reader = new StreamReader(ctx.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var kind = ctx.Request.Headers["X-Zones-Event"] ?? "";
            var answer = _failFirst && _seen.AddOrUpdate(kind, 1, (_, n) => n + 1) == 1 ? 500 : 200;
            Posts.Enqueue(new ReceivedPost(kind, body, ctx.Request.Headers["X-Zones-Signature-256"], answer));
            ctx.Response.StatusCode = answer;
            await using (var w = new StreamWriter(ctx.Response.OutputStream))
                await w.WriteAsync(answer == 200 ? "ok" : "receiver busy");
            ctx.Response.Close();
        }
    }

    static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(2));
    }
}
