using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Groups the fields of a selection set by response name for one object type, following fragment
/// spreads and inline fragments whose type condition applies and honouring <c>@skip</c> /
/// <c>@include</c> (graphql-js <c>collectFields</c> / <c>collectSubfields</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Collection
/// </summary>
public static class CollectFields
{
    /// <summary>The fields of <paramref name="selectionSet"/> for <paramref name="runtimeType"/>, by response name in document order.</summary>
    public static OrderedDictionary<string, List<FieldNode>> Collect(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        new Collector(schema, fragments, variables, runtimeType).Run(selectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        return fields;
    }

    /// <summary>The merged sub-selections of several nodes of one field, for the type its value completed to.</summary>
    public static OrderedDictionary<string, List<FieldNode>> CollectSubfields(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, ObjectType returnType, IReadOnlyList<FieldNode> fieldNodes)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var collector = new Collector(schema, fragments, variables, returnType);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
                collector.Run(selectionSet, fields, visited);
        }
        return fields;
    }

    sealed class Collector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, ObjectType runtimeType)
    {
        public void Run(SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection.Directives))
                    continue;
                switch (selection)
                {
                    case FieldNode field:
                        var name = field.Alias?.Value ?? field.Name.Value;
                        if (!fields.TryGetValue(name, out var list))
                            fields[name] = list = [];
                        list.Add(field);
                        break;
                    case InlineFragmentNode inline when Applies(inline.TypeCondition):
                        Run(inline.SelectionSet, fields, visitedFragments);
                        break;
                    case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                        if (fragments.GetValueOrDefault(spread.Name.Value) is { } fragment && Applies(fragment.TypeCondition))
                            Run(fragment.SelectionSet, fields, visitedFragments);
                        break;
                }
            }
        }

        /// <summary>False when <c>@skip(if: true)</c> or <c>@include(if: false)</c> is present.</summary>
        bool ShouldInclude(NodeList<DirectiveNode> directives)
        {
            if (directives.Count == 0)
                return true;
            if (Values.GetDirectiveValues(SpecifiedDirectives.Skip, directives, variables)?["if"] is true)
                return false;
            return Values.GetDirectiveValues(SpecifiedDirectives.Include, directives, variables)?["if"] is not false;
        }

        bool Applies(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
                return true;
            var conditionalType = schema.GetType(typeCondition.Name.Value);
            if (ReferenceEquals(conditionalType, runtimeType))
                return true;
            return conditionalType is InterfaceType or UnionType && schema.IsSubType(conditionalType, runtimeType);
        }
    }
}
