namespace Zones.GraphQL.Language.Ast;

/// <summary>
/// A fragment definition: Description? fragment FragmentName TypeCondition Directives? SelectionSet.
/// Spec: https://spec.graphql.org/September2025/#sec-Language.Fragments
/// </summary>
public sealed record FragmentDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NamedTypeNode TypeCondition,
    NodeList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override StringValueNode? Description { get; init; } = Description;

    internal override VisitorAction Enter(AstVisitor visitor) => visitor.EnterFragmentDefinition(this);

    internal override VisitorAction Leave(AstVisitor visitor) => visitor.LeaveFragmentDefinition(this);
}
