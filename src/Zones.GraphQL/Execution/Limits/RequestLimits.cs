namespace Zones.GraphQL.Execution.Limits;

/// <summary>
/// Limits that protect the server from expensive requests, checked by <see cref="GraphQLService"/>
/// before execution. A null limit is not checked. Introspection fields (<c>__schema</c>,
/// <c>__type</c>, <c>__typename</c>) do not count towards depth and cost; they are governed by
/// <see cref="GraphQLServiceOptions.IntrospectionEnabled"/>.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Requests
/// </summary>
public sealed record RequestLimits
{
    /// <summary>No limits at all (tests, trusted callers).</summary>
    public static RequestLimits None { get; } = new()
    {
        MaxDocumentBytes = null, MaxTokens = null, MaxDepth = null, MaxAliases = null, MaxCost = null,
    };

    /// <summary>Largest document, in UTF-8 bytes.</summary>
    public int? MaxDocumentBytes { get; init; } = 100_000;

    /// <summary>Most lexical tokens in the document (the parser stops past it).</summary>
    public int? MaxTokens { get; init; } = 10_000;

    /// <summary>Deepest field nesting of the operation; root fields are at depth 1.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>Most aliased fields in the operation (fragments counted where they are spread).</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>Highest estimated cost: each field costs 1 times the sizes of the lists above it.</summary>
    public long? MaxCost { get; init; } = 50_000;

    /// <summary>The size assumed for a list field without a size argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Arguments that bound the length of a list field.</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];
}
