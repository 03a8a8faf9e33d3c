using System.Text.Json;
using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Language.Ast;

namespace Zones.Server.Http.GraphQL;

/// <summary>The graphql-transport-ws messages: what each client message does, and the operations it starts.</summary>
sealed partial class GraphQLWebSocketSession
{
    async Task HandleAsync(byte[] message)
    {
        JsonElement json;
        try
        {
            json = GraphQLHttpRequestReader.ParseJson(message, "The message");
        }
        catch (GraphQLHttpException)
        {
            await CloseAsync(4400, "Invalid message received");
            return;
        }
        var type = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString() : null;
        switch (type)
        {
            case "connection_init":
                await InitialiseAsync();
                break;
            case "ping":
                await SendTypeAsync("pong");
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(json);
                break;
            case "complete" when Id(json) is { } id:
                if (_operations.TryRemove(id, out var operation))
                    await operation.CancelAsync();
                break;
            default:
                await CloseAsync(4400, type is null ? "Invalid message received" : $"Invalid message type \"{type}\"");
                break;
        }
    }

    async Task InitialiseAsync()
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            await CloseAsync(4429, "Too many initialisation requests");
            return;
        }
        await SendTypeAsync("connection_ack");
        _acknowledged = true;
    }

    async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(4401, "Unauthorized");
            return;
        }
        GraphQLRequest request;
        try
        {
            request = GraphQLRequest.FromJson(message.TryGetProperty("payload", out var payload) ? payload : default);
        }
        catch (FormatException e)
        {
            await CloseAsync(4400, e.Message);
            return;
        }
        if (Id(message) is not { } id)
        {
            await CloseAsync(4400, "A subscribe message needs a string \"id\".");
            return;
        }
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        if (!_operations.TryAdd(id, cancel))
        {
            cancel.Dispose();
            await CloseAsync(4409, $"Subscriber for {id} already exists");
            return;
        }
        _running.Add(RunOperationAsync(id, GraphQLEndpoint.WithContext(request, _http), cancel));
    }

    async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancel)
    {
        await Task.Yield();   // the receive loop goes on reading while this operation runs
        try
        {
            await foreach (var raw in ResultsAsync(request, cancel.Token))
            {
                var result = GraphQLResults.Mask(raw, _logger);
                if (!result.HasData)
                {
                    await SendAsync(w => WriteErrors(w, id, result.Errors));
                    return;
                }
                // Sign-out or a disabled account ends the socket too, not only new requests.
                if (!await Auth.SessionCheck.StillSignedInAsync(_http))
                {
                    await CloseAsync(4403, "Forbidden: the sign-in of this connection has ended");
                    return;
                }
                await SendAsync(w => WriteNext(w, id, result));
            }
            // A stream the client completed (or a closed socket) ends without our complete.
            if (_operations.TryRemove(new(id, cancel)))
                await SendAsync(w => { w.WriteString("id", id); w.WriteString("type", "complete"); });
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _logger.LogError(e, "GraphQL subscription {Id} failed", id);
            await SendAsync(w => WriteErrors(w, id, [new GraphQLError(GraphQLResults.MaskedMessage)]));
        }
        finally
        {
            _operations.TryRemove(new(id, cancel));
            cancel.Dispose();
        }
    }

    // Queries and mutations are allowed too, as graphql-ws does: one next, then complete.
    async IAsyncEnumerable<ExecutionResult> ResultsAsync(GraphQLRequest request,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (GraphQLEndpoint.OperationOf(_service, request) == OperationType.Subscription)
        {
            await foreach (var result in _service.SubscribeAsync(request, ct))
                yield return result;
        }
        else
            yield return await _service.ExecuteAsync(request, ct);
    }

    static void WriteNext(Utf8JsonWriter writer, string id, ExecutionResult result)
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "next");
        writer.WritePropertyName("payload");
        ExecutionResultWriter.Write(writer, result);
    }

    static void WriteErrors(Utf8JsonWriter writer, string id, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "error");
        writer.WriteStartArray("payload");
        foreach (var error in errors)
            ExecutionResultWriter.WriteError(writer, error);
        writer.WriteEndArray();
    }

    static string? Id(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;
}
