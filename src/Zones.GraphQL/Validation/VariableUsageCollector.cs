using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation;

/// <summary>
/// Walks an operation or fragment with its own <see cref="TypeInfo"/> and records every variable
/// reference with the type its position expects; variable definitions are not uses.
/// Spec: https://spec.graphql.org/September2025/#sec-All-Variable-Usages-are-Allowed
/// </summary>
sealed class VariableUsageCollector(Schema schema) : AstVisitor
{
    readonly TypeInfo _typeInfo = new(schema);

    /// <summary>The usages in document order.</summary>
    public List<VariableUsage> Usages { get; } = [];

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        _typeInfo.Enter(node);
        if (node is VariableDefinitionNode)
        {
            // A skipped node is not left, so TypeInfo leaves it here (graphql-js visitWithTypeInfo).
            _typeInfo.Leave(node);
            return VisitorAction.Skip;
        }
        if (node is VariableNode variable)
            Usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.HasDefaultValue, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
        return VisitorAction.Continue;
    }

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        _typeInfo.Leave(node);
        return VisitorAction.Continue;
    }
}
