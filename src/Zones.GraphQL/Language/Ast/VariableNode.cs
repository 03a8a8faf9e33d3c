namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A variable reference: <c>$name</c>.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Variables
/// </summary>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterVariable(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveVariable(this);
}
