namespace Zones.GraphQL.Language;

/// <summary>
/// Options of <see cref="Parser"/>, named after graphql-js <c>ParseOptions</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Language
/// </summary>
public sealed record ParseOptions
{
    /// <summary>The defaults: locations kept, no limits.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>Do not record <see cref="Location"/> on nodes (smaller ASTs).</summary>
    public bool NoLocation { get; init; }

    /// <summary>Abort with a syntax error once the document has more tokens than this (comments excluded).</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Abort with a syntax error once the document has more comments than this.</summary>
    public int? MaxComments { get; init; }
}
