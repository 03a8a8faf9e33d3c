using System.Text.Json;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Decodes JSON into the plain values the engine coerces (variables) and the default resolver reads
/// (fixtures): objects become ordered <c>Dictionary&lt;string, object?&gt;</c>, arrays
/// <c>List&lt;object?&gt;</c>, integers <see cref="int"/> or <see cref="long"/> when they fit, other
/// numbers <see cref="double"/>.
/// Spec: https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values
/// </summary>
public static class JsonValues
{
    /// <summary>The plain value of a JSON element.</summary>
    public static object? From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => Object(element),
        JsonValueKind.Array => element.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => Number(element),
        _ => null,
    };

    /// <summary>The members of a JSON object (e.g. the <c>variables</c> of a request); null for JSON null.</summary>
    public static IReadOnlyDictionary<string, object?>? Object(JsonElement element)
    {
        if (element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return null;
        var members = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            members[property.Name] = From(property.Value);
        return members;
    }

    /// <summary>Parses JSON text to a plain value.</summary>
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }

    static object Number(JsonElement element) =>
        element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble();
}
