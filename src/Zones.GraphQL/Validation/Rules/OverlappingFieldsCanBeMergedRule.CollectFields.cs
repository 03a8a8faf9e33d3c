using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation.Rules;

/// <summary>
/// Groups the fields of a selection set by response name, looking into inline fragments but not
/// fragment spreads (their names are listed instead); computed once per selection set and type.
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
sealed partial class OverlappingFieldsCanBeMergedRule
{
    static readonly object NoParentType = new();

    // A document built in code may share one selection set between parents of different types.
    readonly Dictionary<object, Dictionary<SelectionSetNode, CollectFieldsResult>> _collectedFields = new(ReferenceEqualityComparer.Instance);

    /// <summary>A field, the type it was selected on and its definition there (if any).</summary>
    sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        FieldInfo? _info;

        public NamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>Lookups prepared only for fields that overlap with another.</summary>
        public FieldInfo Info => _info ??= new FieldInfo(Definition?.Type.GetNamedType(), ArgumentInfo.Of(Node.Arguments));
    }

    sealed class FieldInfo(NamedType? namedType, ArgumentInfo? arguments)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = [];
        public NamedType? NamedType { get; } = namedType;
        public ArgumentInfo? Arguments { get; } = arguments;
        public string? TypeString { get; set; }
    }

    sealed record ArgumentInfo(NodeList<ArgumentNode> Nodes, Dictionary<string, ValueNode> Values)
    {
        public static ArgumentInfo? Of(NodeList<ArgumentNode> arguments)
        {
            if (arguments.Count == 0)
                return null;
            var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var argument in arguments)
                values[argument.Name.Value] = argument.Value;
            return new ArgumentInfo(arguments, values);
        }
    }

    sealed class CollectFieldsResult
    {
        public OrderedDictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new(StringComparer.Ordinal);
        public List<string> FragmentNames { get; } = [];
        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);
        public Dictionary<CollectFieldsResult, List<(string, List<FieldDetails>, List<FieldDetails>)>> OverlappingFields { get; } = [];
    }

    CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collectedFields.TryGetValue(parentType ?? NoParentType, out var bySelectionSet))
            _collectedFields[parentType ?? NoParentType] = bySelectionSet = new(ReferenceEqualityComparer.Instance);
        if (bySelectionSet.TryGetValue(selectionSet, out var cached))
            return cached;
        var result = new CollectFieldsResult();
        CollectFieldsInto(result, parentType, selectionSet);
        return bySelectionSet[selectionSet] = result;
    }

    CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeComparators.TypeFromAst(Context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    void CollectFieldsInto(CollectFieldsResult result, NamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Only declared fields: __typename has no definition here.
                    var definition = (parentType as ObjectLikeType)?.Fields.GetValueOrDefault(field.Name.Value);
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!result.GroupedFieldSet.TryGetValue(responseName, out var list))
                        result.GroupedFieldSet[responseName] = list = [];
                    list.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread when !result.FragmentNames.Contains(spread.Name.Value):
                    result.FragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? TypeComparators.TypeFromAst(Context.Schema, condition) as NamedType : parentType;
                    CollectFieldsInto(result, type, inline.SelectionSet);
                    break;
            }
        }
    }
}
