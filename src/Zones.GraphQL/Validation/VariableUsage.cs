using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation;

/// <summary>
/// One use of a variable in an operation or fragment and what its position expects (graphql-js
/// <c>VariableUsage</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-All-Variable-Usages-are-Allowed
/// </summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected at that position, or null when unknown.</param>
/// <param name="HasDefaultValue">Whether the argument or input field at that position has a default value.</param>
/// <param name="DefaultValue">That default value.</param>
/// <param name="ParentType">The input type enclosing the position (e.g. the input object of a field).</param>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasDefaultValue, object? DefaultValue, GraphQLType? ParentType);
