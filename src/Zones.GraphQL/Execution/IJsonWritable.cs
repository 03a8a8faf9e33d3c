using System.Text.Json;

namespace Zones.GraphQL.Execution;

/// <summary>
/// A result value that writes its own JSON (e.g. a custom scalar's large object): the response
/// writer calls <see cref="WriteJson"/> instead of building and walking a JSON tree for it.
/// </summary>
public interface IJsonWritable
{
    /// <summary>Writes exactly one JSON value.</summary>
    void WriteJson(Utf8JsonWriter writer);
}
