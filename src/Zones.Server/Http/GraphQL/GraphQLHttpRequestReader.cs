using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Net.Http.Headers;
using Zones.GraphQL;
using Zones.GraphQL.Execution;

namespace Zones.Server.Http.GraphQL;

/// <summary>
/// Reads <c>{query, variables, operationName, extensions}</c> from a POST body (application/json) or
/// from the query string of a GET; anything malformed throws <see cref="GraphQLHttpException"/>.
/// Spec: https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters
/// </summary>
static class GraphQLHttpRequestReader
{
    /// <summary>
    /// The largest POST body read (24 MB); larger ones answer 413. It is this big because
    /// importFeatures carries a file of up to 20 MB in its variables; the query text itself is
    /// capped separately and much lower (Zones:GraphQL:MaxDocumentBytes).
    /// </summary>
    public const int MaxBodyBytes = 24 << 20;

    /// <summary>The largest WebSocket message (1 MB): subscriptions carry queries, never files.</summary>
    public const int MaxMessageBytes = 1 << 20;

    public static GraphQLRequest FromQueryString(IQueryCollection query)
    {
        if (OptionalString(query["query"].FirstOrDefault()) is not { } text)
            throw new GraphQLHttpException(400, "A GraphQL GET request needs a \"query\" parameter.");
        return Build(text, ParseParameter(query, "variables"), OptionalString(query["operationName"].FirstOrDefault()), ParseParameter(query, "extensions"));
    }

    public static async Task<GraphQLRequest> FromBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !string.Equals(type.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase)
            || !GraphQLMediaTypes.IsUtf8(type.Charset.Value))
            throw new GraphQLHttpException(415, "A GraphQL POST body must be application/json (UTF-8).");
        var body = await ReadBodyAsync(request, ct);
        // JsonDocument checks UTF-8 only where it must decode; a bad byte inside a string would
        // surface later as an exception while reading the value, so the whole body is checked first.
        if (!Utf8.IsValid(body))
            throw new GraphQLHttpException(400, "请求正文不是有效的 UTF-8。The request body is not valid UTF-8: send JSON encoded as UTF-8.");
        var json = ParseJson(body, "The request body");
        if (json.ValueKind != JsonValueKind.Object)
            throw new GraphQLHttpException(400, "A GraphQL request must be a JSON object.");
        var query = json.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? Text(q, "query")
            : throw new GraphQLHttpException(400, "A GraphQL request must have a string \"query\".");
        return Build(query!, Member(json, "variables"), Member(json, "operationName") switch
        {
            { ValueKind: JsonValueKind.String } name => Text(name, "operationName"),
            { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
            _ => throw new GraphQLHttpException(400, "\"operationName\" must be a string."),
        }, Member(json, "extensions"));
    }

    static GraphQLRequest Build(string query, JsonElement variables, string? operationName, JsonElement extensions)
    {
        if (variables.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
            throw new GraphQLHttpException(400, "\"variables\" must be a JSON object.");
        if (extensions.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
            throw new GraphQLHttpException(400, "\"extensions\" must be a JSON object.");
        GraphQLRequestText.CheckVariables(variables);
        return new GraphQLRequest { Query = query, Variables = JsonValues.Object(variables), OperationName = operationName };
    }

    // A lone surrogate escape ("\ud800") is valid JSON but no string: reading it throws.
    static string Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new GraphQLHttpException(400, $"\"{name}\" contains a lone UTF-16 surrogate escape (such as \\ud800), which is not text.");
        }
    }

    static JsonElement Member(JsonElement json, string name) => json.TryGetProperty(name, out var value) ? value : default;

    static string? OptionalString(string? value) => string.IsNullOrEmpty(value) ? null : value;

    static JsonElement ParseParameter(IQueryCollection query, string name)
    {
        return OptionalString(query[name].FirstOrDefault()) is { } text
            ? ParseJson(System.Text.Encoding.UTF8.GetBytes(text), $"\"{name}\"") : default;
    }

    /// <summary>Parses JSON text, or throws a 400 that says which part of the request is not JSON.</summary>
    public static JsonElement ParseJson(byte[] utf8, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new GraphQLHttpException(400, $"{what} is not valid JSON: {e.Message}");
        }
    }

    // Reads at most MaxBodyBytes + 1 bytes, so a body without Content-Length cannot exhaust memory.
    static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
            throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            throw new GraphQLHttpException(400, "A GraphQL POST request needs a JSON body.");
        return buffer.ToArray();
    }

    static GraphQLHttpException TooLarge() =>
        new(413, $"The request body is larger than {MaxBodyBytes / (1 << 20)} MB.");
}
