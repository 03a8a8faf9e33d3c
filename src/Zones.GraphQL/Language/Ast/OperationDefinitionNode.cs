namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// An operation (query, mutation or subscription); the shorthand <c>{ … }</c> is a query without name.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Operations
/// </summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    StringValueNode? Description,
    NameNode? Name,
    NodeList<VariableDefinitionNode> VariableDefinitions,
    NodeList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override StringValueNode? Description { get; init; } = Description;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterOperationDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveOperationDefinition(this);
}
