namespace Zones.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document plus a name used in error messages (graphql-js <c>Source</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Source-Text
/// </summary>
/// <param name="Body">The document text, as UTF-16 (offsets and columns count code units).</param>
/// <param name="Name">A name for the source, e.g. a file name.</param>
public sealed record Source(string Body, string Name = "GraphQL request")
{
    /// <summary>Wraps a string in a <see cref="Source"/>.</summary>
    public static implicit operator Source(string body) => new(body);
}
