namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// The three kinds of operation (graphql-js <c>OperationTypeNode</c>).
/// Spec: https://spec.graphql.org/September2025/#OperationType
/// </summary>
public enum OperationType
{
    /// <summary><c>query</c></summary>
    Query,
    /// <summary><c>mutation</c></summary>
    Mutation,
    /// <summary><c>subscription</c></summary>
    Subscription,
}
