namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A root operation type: OperationType : NamedType.
/// Spec: https://spec.graphql.org/September2025/#sec-Root-Operation-Types
/// </summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : Node
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterOperationTypeDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveOperationTypeDefinition(this);
}
