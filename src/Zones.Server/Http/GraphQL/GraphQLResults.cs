using System.Text.Json;
using Zones.GraphQL;
using Zones.GraphQL.Execution;

namespace Zones.Server.Http.GraphQL;

/// <summary>
/// Writes GraphQL responses straight to the body with <see cref="Utf8JsonWriter"/>, after replacing
/// the messages of unexpected resolver exceptions (SQL, null references …) with a neutral one:
/// the details go to the log, never to the client.
/// </summary>
static class GraphQLResults
{
    public const string MaskedMessage = "Internal server error (logged)";

    static readonly JsonWriterOptions WriterOptions = new() { Encoder = JsonEncoding.Readable };

    /// <summary>The result with every error that wraps a non-GraphQL exception masked (and logged).</summary>
    public static ExecutionResult Mask(ExecutionResult result, ILogger logger)
    {
        if (!result.Errors.Any(IsInternal))
            return result;
        var errors = result.Errors.Select(error =>
        {
            if (!IsInternal(error))
                return error;
            logger.LogError(error.InnerException, "A GraphQL resolver failed at {Path}", string.Join('.', error.Path ?? []));
            return new GraphQLError(MaskedMessage, error.Nodes, error.Path);
        }).ToList();
        return result.HasData ? new ExecutionResult(result.Data, errors) { Extensions = result.Extensions }
            : ExecutionResult.FromErrors(errors);
    }

    // The executor wraps what a resolver threw as the inner exception of a field error (one with a
    // path); a GraphQLError a resolver throws on purpose carries a message meant for clients, and
    // request errors (variable coercion also keeps the scalar's exception) are about the client's input.
    static bool IsInternal(GraphQLError error) => error is { Path: not null, InnerException: { } inner } && inner is not GraphQLError;

    public static async Task WriteAsync(HttpResponse response, int status, GraphQLMediaType type, ExecutionResult result, CancellationToken ct)
    {
        response.StatusCode = status;
        response.ContentType = GraphQLMediaTypes.ContentType(type);
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
            ExecutionResultWriter.Write(writer, result);
        await response.BodyWriter.FlushAsync(ct);
    }

    /// <summary>A request error as a GraphQL-shaped body: <c>{"errors":[{"message":"…"}]}</c>.</summary>
    public static Task WriteErrorAsync(HttpResponse response, int status, GraphQLMediaType type, string message, CancellationToken ct) =>
        WriteAsync(response, status, type == GraphQLMediaType.None ? GraphQLMediaType.Json : type,
            ExecutionResult.FromErrors([new GraphQLError(message)]), ct);
}
