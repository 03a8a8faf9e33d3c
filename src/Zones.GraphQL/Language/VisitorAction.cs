namespace Zones.GraphQL.Language;

/// <summary>
/// What a visitor tells the walker after a callback: go on, skip the node's children (from an
/// <c>Enter…</c> only; its <c>Leave…</c> is then not called either), or stop the whole walk
/// (graphql-js returns <c>undefined</c>, <c>false</c> and <c>BREAK</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Language
/// </summary>
public enum VisitorAction
{
    /// <summary>Visit the children, then leave the node.</summary>
    Continue,
    /// <summary>Do not visit the children and do not leave the node.</summary>
    Skip,
    /// <summary>Stop the traversal.</summary>
    Break,
}
