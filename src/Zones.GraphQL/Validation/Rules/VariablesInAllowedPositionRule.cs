using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// All variable usages are allowed: a variable's type fits every position it is used in (a
/// nullable variable may fill a non-null position only when a non-null default covers it), and
/// a variable filling a field of a OneOf input object is non-null.
/// Spec: https://spec.graphql.org/September2025/#sec-All-Variable-Usages-are-Allowed
/// </summary>
sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _definitions.Clear();
        return VisitorAction.Continue;
    }

    public override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        _definitions[node.Variable.Name.Value] = node;
        return VisitorAction.Continue;
    }

    public override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                continue;
            var variableType = TypeComparators.TypeFromAst(Context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
            {
                Context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition, usage.Node);
            }
            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not null and not NonNullType)
            {
                Context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf}\".",
                    definition, usage.Node);
            }
        }
        return VisitorAction.Continue;
    }

    /// <summary>graphql-js <c>allowedVariableUsage</c>.</summary>
    bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
                return false;
            return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, nonNullLocation.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
