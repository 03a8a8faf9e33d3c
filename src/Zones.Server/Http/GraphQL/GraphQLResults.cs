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
        if (!result.Errors.Any(e => e is { Path: not null, InnerException: { } inner } && inner is not GraphQLError))
            return result;
        var errors = result.Errors.Select(error =>
        {
            if (error is { Path: not null, InnerException: { } inner } && inner is not GraphQLError && ClientMessage(inner) is { } message)
                return new GraphQLError(message, error.Nodes, error.Path);
            if (!IsInternal(error))
                return error;
            logger.LogError(error.InnerException, "A GraphQL resolver failed at {Path}", string.Join('.', error.Path ?? []));
            return new GraphQLError(MaskedMessage, error.Nodes, error.Path);
        }).ToList();
        return result.HasData ? new ExecutionResult(result.Data, errors) { Extensions = result.Extensions }
            : ExecutionResult.FromErrors(errors);
    }

    /// <summary>True when a resolver failed because the database cannot be reached (the request then answers 503).</summary>
    public static bool DatabaseUnavailable(ExecutionResult result) =>
        result.Errors.Any(e => e is { Path: not null, InnerException: { } inner } && DatabaseFaults.IsUnavailable(inner));

    // The executor wraps what a resolver threw as the inner exception of a field error (one with a
    // path); a GraphQLError a resolver throws on purpose carries a message meant for clients, and
    // request errors (variable coercion also keeps the scalar's exception) are about the client's input.
    static bool IsInternal(GraphQLError error) => error is { Path: not null, InnerException: { } inner } && inner is not GraphQLError
                                                  && ClientMessage(inner) is null;

    /// <summary>
    /// The message of an exception that is about the caller's input, not a bug: a value PostgreSQL
    /// refused (SQLSTATE class 22), a CRS or GeoJSON the caller got wrong. Null for everything else.
    /// </summary>
    static string? ClientMessage(Exception e) => e switch
    {
        Spatial.CrsException or Spatial.GeoJsonException => e.Message,
        _ => DatabaseFaults.BadValue(e) is { } bad ? DatabaseFaults.BadValueMessage(bad) : null,
    };

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
