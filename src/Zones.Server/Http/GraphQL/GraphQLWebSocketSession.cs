using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Zones.GraphQL;

namespace Zones.Server.Http.GraphQL;

/// <summary>
/// One WebSocket on <c>/graphql</c> speaking graphql-transport-ws: <c>connection_init</c> →
/// <c>connection_ack</c>, then any number of <c>subscribe</c> operations streamed as <c>next</c>* →
/// <c>complete</c> (or one <c>error</c>), <c>ping</c>/<c>pong</c> both ways. Protocol violations close
/// the socket with the protocol's 44xx codes.
/// Spec: https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
/// </summary>
sealed partial class GraphQLWebSocketSession
{
    public const string Protocol = "graphql-transport-ws";
    const int MaxMessageBytes = GraphQLHttpRequestReader.MaxMessageBytes;

    readonly HttpContext _http;
    readonly WebSocket _socket;
    readonly GraphQLService _service;
    readonly ILogger _logger;
    readonly SemaphoreSlim _sending = new(1, 1);
    readonly CancellationTokenSource _closed;
    readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new();
    readonly ConcurrentBag<Task> _running = [];
    int _initialised;
    volatile bool _acknowledged;

    GraphQLWebSocketSession(HttpContext http, WebSocket socket, GraphQLService service)
    {
        _http = http;
        _socket = socket;
        _service = service;
        _logger = GraphQLEndpoint.Logger(http);
        _closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    public static async Task RunAsync(HttpContext http, GraphQLService service)
    {
        // Before the upgrade: a page of a foreign site gets a 403 and no socket.
        if (!Auth.WebSocketOrigin.IsAllowed(http))
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status403Forbidden, "ORIGIN_NOT_ALLOWED",
                "此来源（Origin）的网页不能连接 /graphql。A page from this Origin may not open the /graphql WebSocket.");
            return;
        }
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync((WebSocketCloseStatus)4406, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Protocol);
        var session = new GraphQLWebSocketSession(http, socket, service);
        await session.RunAsync();
    }

    async Task RunAsync()
    {
        var timeout = _http.RequestServices.GetRequiredService<IConfiguration>().GetValue("Zones:GraphQL:ConnectionInitTimeoutSeconds", 3.0);
        _running.Add(CloseUnlessInitialisedAsync(TimeSpan.FromSeconds(timeout)));
        try
        {
            while (await ReceiveAsync() is { } message)
                await HandleAsync(message);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // the client went away, or we closed the socket after a protocol error
        }
        finally
        {
            await _closed.CancelAsync();
            foreach (var operation in _operations.Values)
                await operation.CancelAsync();
            await Task.WhenAll(_running).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    async Task CloseUnlessInitialisedAsync(TimeSpan timeout)
    {
        try
        {
            await Task.Delay(timeout, _closed.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref _initialised) == 0)
            await CloseAsync(4408, "Connection initialisation timeout");
    }

    /// <summary>The next text message, or null when the client closed the socket.</summary>
    async Task<byte[]?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), _closed.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(1000, "Normal Closure");
                return null;
            }
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                return null;
            }
            if (result.EndOfMessage)
                return buffer.WrittenSpan.ToArray();
        }
    }

    /// <summary>Closes the socket (once) and stops receiving.</summary>
    async Task CloseAsync(int code, string reason)
    {
        await _sending.WaitAsync();
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // already gone
        }
        finally
        {
            _sending.Release();
            await _closed.CancelAsync();
        }
    }

    // A close frame's reason is at most 123 UTF-8 bytes (RFC 6455 §5.5); a long operation id must not break the close.
    static string Truncate(string reason)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123)
            reason = reason[..^1];
        return reason;
    }

    async Task SendAsync(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonEncoding.Readable }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        await _sending.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, _closed.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // the socket is closing; nothing more to say
        }
        finally
        {
            _sending.Release();
        }
    }

    Task SendTypeAsync(string type) => SendAsync(w => w.WriteString("type", type));
}
