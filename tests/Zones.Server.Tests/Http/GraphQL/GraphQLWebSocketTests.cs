using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.GraphQL;

/// <summary>Subscriptions on /graphql over WebSocket with graphql-transport-ws, on a test-only schema.</summary>
[Collection(PostgisCollection.Name)]
public class GraphQLWebSocketTests(PostgisFixture pg) : IAsyncLifetime
{
    const string Init = """{"type":"connection_init"}""";
    const string Ack = """{"type":"connection_ack"}""";

    readonly WebApplicationFactory<Program> _app = TestSchemaApplication.Create(pg.ConnectionString);
    WebSocket _socket = null!;

    public async Task InitializeAsync() => _socket = await ConnectAsync("graphql-transport-ws");

    public async Task DisposeAsync()
    {
        _socket.Dispose();
        await _app.DisposeAsync();
    }

    async Task<WebSocket> ConnectAsync(string protocol)
    {
        var client = _app.Server.CreateWebSocketClient();
        client.SubProtocols.Add(protocol);
        return await client.ConnectAsync(new Uri(_app.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    Task SendAsync(string message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or "close CODE reason" when the server closed the socket.</summary>
    async Task<string> ReceiveAsync(WebSocket? socket = null)
    {
        socket ??= _socket;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close
            ? $"close {(int)socket.CloseStatus!} {socket.CloseStatusDescription}"
            : Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    static string Subscribe(string id, string query) => $$$"""{"id":"{{{id}}}","type":"subscribe","payload":{"query":"{{{query}}}"}}""";

    async Task InitialiseAsync()
    {
        await SendAsync(Init);
        Assert.Equal(Ack, await ReceiveAsync());
    }

    [Fact]
    public async Task A_subscription_streams_next_messages_then_complete()
    {
        await InitialiseAsync();
        await SendAsync(Subscribe("1", "subscription { tick(upTo: 2) }"));
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"tick":1}}}""", await ReceiveAsync());
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"tick":2}}}""", await ReceiveAsync());
        Assert.Equal("""{"id":"1","type":"complete"}""", await ReceiveAsync());
    }

    [Fact]
    public async Task A_query_is_answered_with_one_next_and_complete()
    {
        await InitialiseAsync();
        await SendAsync(Subscribe("q", "{ hello }"));
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"世界"}}}""", await ReceiveAsync());
        Assert.Equal("""{"id":"q","type":"complete"}""", await ReceiveAsync());
    }

    [Fact]
    public async Task A_request_error_is_answered_with_an_error_message()
    {
        await InitialiseAsync();
        await SendAsync(Subscribe("e", "subscription { nope }"));
        Assert.Equal("""{"id":"e","type":"error","payload":[{"message":"Cannot query field \"nope\" on type \"Subscription\".","locations":[{"line":1,"column":16}]}]}""",
            await ReceiveAsync());
    }

    [Fact]
    public async Task Complete_from_the_client_cancels_the_stream()
    {
        await InitialiseAsync();
        await SendAsync(Subscribe("f", "subscription { forever }"));
        Assert.Equal("""{"id":"f","type":"next","payload":{"data":{"forever":1}}}""", await ReceiveAsync());
        await SendAsync("""{"id":"f","type":"complete"}""");
        await TestSchemaApplication.ForeverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", await ReceiveAsync());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong()
    {
        await SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", await ReceiveAsync());
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401() =>
        await ExpectCloseAsync("close 4401 Unauthorized", Subscribe("1", "subscription { tick(upTo: 1) }"));

    [Fact]
    public async Task A_second_connection_init_closes_with_4429() =>
        await ExpectCloseAsync("close 4429 Too many initialisation requests", Init, Init);

    [Fact]
    public async Task A_duplicate_operation_id_closes_with_4409() =>
        await ExpectCloseAsync("close 4409 Subscriber for f already exists",
            Init, Subscribe("f", "subscription { forever }"), Subscribe("f", "subscription { forever }"));

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{}}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await InitialiseAsync();
        await SendAsync(message);
        Assert.StartsWith("close 4400 ", await ReceiveAsync());
    }

    [Fact]
    public async Task A_long_duplicate_id_closes_with_4409_and_a_reason_cut_to_123_bytes()
    {
        var id = new string('片', 100);
        // "Subscriber for " is 15 bytes; 36 three-byte characters fill the other 108.
        await ExpectCloseAsync("close 4409 Subscriber for " + new string('片', 36),
            Init, Subscribe(id, "subscription { forever }"), Subscribe(id, "subscription { forever }"));
    }

    [Fact]
    public async Task No_connection_init_closes_with_4408() =>
        Assert.Equal("close 4408 Connection initialisation timeout", await ReceiveAsync());

    [Fact]
    public async Task Another_subprotocol_closes_with_4406()
    {
        using var socket = await ConnectAsync("graphql-ws");
        Assert.Equal("close 4406 Subprotocol not acceptable", await ReceiveAsync(socket));
    }

    async Task ExpectCloseAsync(string close, params string[] messages)
    {
        foreach (var message in messages)
            await SendAsync(message);
        string received;
        do
            received = await ReceiveAsync();
        while (!received.StartsWith("close", StringComparison.Ordinal));
        Assert.Equal(close, received);
    }
}
