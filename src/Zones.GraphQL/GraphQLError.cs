using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL;

/// <summary>
/// An error raised or reported by any phase of the engine (syntax, validation, execution),
/// shaped like graphql-js's <c>GraphQLError</c>: a message, the source locations it points at,
/// the response path for execution errors, and free-form extensions.
/// Spec: https://spec.graphql.org/September2025/#sec-Errors
/// </summary>
/// <remarks>
/// It derives from <see cref="Exception"/> so the parser can throw it like graphql-js does;
/// validation and execution collect instances without throwing.
/// </remarks>
public class GraphQLError : Exception
{
    /// <summary>Creates an error pointing at the given nodes (their locations become <see cref="Locations"/>).</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<Node>? nodes = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
        : base(message, originalError)
    {
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        Path = path;
        Extensions = extensions;
        Source = Nodes?.FirstOrDefault(n => n.Location is not null)?.Location?.Source;
        Locations = LocationsOf(Nodes);
    }

    /// <summary>Creates an error at character offsets of a source (how syntax errors are made).</summary>
    public GraphQLError(string message, Source source, IReadOnlyList<int> positions)
        : base(message)
    {
        Source = source;
        Positions = positions;
        Locations = positions.Select(p => SourceLocation.Of(source, p)).ToArray();
    }

    /// <summary>The AST nodes the error refers to, if any.</summary>
    public IReadOnlyList<Node>? Nodes { get; }

    /// <summary>The source document the locations refer to.</summary>
    public new Source? Source { get; }

    /// <summary>Character offsets into <see cref="Source"/>, for errors made from positions.</summary>
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>1-based line/column pairs, or <c>null</c> when the error has no location.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (field names and list indices) of an execution error.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data serialised under <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    static IReadOnlyList<SourceLocation>? LocationsOf(IReadOnlyList<Node>? nodes)
    {
        if (nodes is null)
            return null;
        var locations = nodes
            .Where(n => n.Location is not null)
            .Select(n => SourceLocation.Of(n.Location!.Source, n.Location.Start))
            .ToArray();
        return locations.Length == 0 ? null : locations;
    }

    /// <summary>Creates a <c>Syntax Error: …</c> at one offset, as graphql-js <c>syntaxError</c> does.</summary>
    public static GraphQLError Syntax(Source source, int position, string description) =>
        new($"Syntax Error: {description}", source, [position]);

    /// <inheritdoc />
    public override string ToString() =>
        Locations is { Count: > 0 } l ? $"{Message} ({string.Join(", ", l)})" : Message;
}
