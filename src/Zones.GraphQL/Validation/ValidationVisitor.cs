using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Validation;

/// <summary>
/// Runs the rules in one traversal with <see cref="TypeInfo"/> kept up to date around them
/// (graphql-js <c>visitWithTypeInfo(typeInfo, visitInParallel(rules))</c>). Descriptions are not
/// visited: per the spec they must not affect validation.
/// Spec: https://spec.graphql.org/September2025/#sec-Descriptions
/// </summary>
sealed class ValidationVisitor(TypeInfo typeInfo, ParallelVisitor rules) : AstVisitor
{
    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is StringValueNode && Ancestors.Count > 0 && ReferenceEquals(DescriptionOf(Ancestors[^1]), node))
            return VisitorAction.Skip;
        typeInfo.Enter(node);
        rules.Enter(node);
        return VisitorAction.Continue;
    }

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        rules.Leave(node);
        typeInfo.Leave(node);
        return VisitorAction.Continue;
    }

    internal override void Attach(IReadOnlyList<Node> ancestors)
    {
        base.Attach(ancestors);
        rules.Attach(ancestors);
    }

    static StringValueNode? DescriptionOf(Node node) => node switch
    {
        ExecutableDefinitionNode n => n.Description,
        VariableDefinitionNode n => n.Description,
        TypeDefinitionNode n => n.Description,
        FieldDefinitionNode n => n.Description,
        InputValueDefinitionNode n => n.Description,
        EnumValueDefinitionNode n => n.Description,
        DirectiveDefinitionNode n => n.Description,
        SchemaDefinitionNode n => n.Description,
        _ => null,
    };
}
