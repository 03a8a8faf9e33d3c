using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Zones.Server.Tests.Support;

/// <summary>graphql-transport-ws over the test server: connect and subscribe, send and receive text frames.</summary>
public static class GraphQLSockets
{
    /// <summary>A socket on <c>/graphql</c> past <c>connection_ack</c>; <paramref name="bearer"/> signs it in.</summary>
    public static async Task<WebSocket> ConnectAsync(ZonesApplication app, string? bearer = null)
    {
        var client = app.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (bearer is not null)
            client.ConfigureRequest = r => r.Headers.Authorization = $"Bearer {bearer}";
        var socket = await client.ConnectAsync(new Uri(app.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Contains("connection_ack", await ReceiveAsync(socket));
        return socket;
    }

    /// <summary>Connects and sends <paramref name="query"/> as subscription <c>s</c>.</summary>
    public static async Task<WebSocket> SubscribeAsync(ZonesApplication app, string query, string? bearer = null)
    {
        var socket = await ConnectAsync(app, bearer);
        await SendAsync(socket, JsonSerializer.Serialize(new { id = "s", type = "subscribe", payload = new { query } }));
        return socket;
    }

    public static Task SendAsync(WebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next text frame; fails after 15 s.</summary>
    public static async Task<string> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
