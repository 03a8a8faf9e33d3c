namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// The keyword of each <see cref="OperationType"/>.
/// Spec: https://spec.graphql.org/September2025/#OperationType
/// </summary>
public static class OperationTypeExtensions
{
    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public static string Keyword(this OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
