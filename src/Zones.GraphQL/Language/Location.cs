namespace Zones.GraphQL.Language;

/// <summary>
/// Where an AST node sits in its source: offsets plus the first and last token (graphql-js
/// <c>Location</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Source-Text
/// </summary>
public sealed class Location(Token startToken, Token endToken, Source source)
{
    /// <summary>Offset at which the node begins.</summary>
    public int Start => StartToken.Start;

    /// <summary>Offset at which the node ends.</summary>
    public int End => EndToken.End;

    /// <summary>The node's first token.</summary>
    public Token StartToken { get; } = startToken;

    /// <summary>The node's last token.</summary>
    public Token EndToken { get; } = endToken;

    /// <summary>The source the node was parsed from.</summary>
    public Source Source { get; } = source;

    /// <inheritdoc />
    public override string ToString() => $"{Start}..{End}";
}
