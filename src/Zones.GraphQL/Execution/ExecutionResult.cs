using System.Text.Json;

namespace Zones.GraphQL.Execution;

/// <summary>
/// The response of a request: <c>errors</c> (when any) and <c>data</c> (absent when the request
/// failed before execution, null when an error reached the root), as graphql-js's
/// <c>ExecutionResult</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Response-Format
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>A result of an execution: <paramref name="data"/> may be null (an error nulled it).</summary>
    public ExecutionResult(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors)
    {
        Data = data;
        HasData = true;
        Errors = errors;
    }

    ExecutionResult(IReadOnlyList<GraphQLError> errors) => Errors = errors;

    /// <summary>A result without <c>data</c>: the request failed before execution (syntax, validation, variables, limits).</summary>
    public static ExecutionResult FromErrors(IEnumerable<GraphQLError> errors) => new([.. errors]);

    /// <summary>The data, in selection order: dictionaries for objects, lists, and serialised leaf values.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Whether the response has a <c>data</c> entry (it may be null).</summary>
    public bool HasData { get; }

    /// <summary>The errors, empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Extra top-level data serialised under <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The JSON response: <c>{"errors":[…],"data":{…}}</c>, members in graphql-js order.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping writes quotes and non-ASCII text as JSON.stringify does; it is meant for
        // application/json bodies, not for embedding in HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the JSON response.</summary>
    public void WriteTo(Utf8JsonWriter writer) => ExecutionResultWriter.Write(writer, this);
}
