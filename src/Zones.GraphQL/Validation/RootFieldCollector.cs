using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Validation;

/// <summary>
/// The fields an operation's root selection set yields, grouped by response name, the way
/// execution collects them (graphql-js <c>collectFields</c>) but without variable values: an
/// <c>@skip</c> / <c>@include</c> whose <c>if</c> is a variable throws, as it does in graphql-js.
/// Every selection set read is charged to the context's fragment work budget.
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Collection
/// </summary>
sealed class RootFieldCollector
{
    readonly ValidationContext _context;
    readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    readonly ObjectType _runtimeType;
    readonly OrderedDictionary<string, List<FieldNode>> _fields = new(StringComparer.Ordinal);
    readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

    RootFieldCollector(ValidationContext context, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ObjectType runtimeType)
    {
        _context = context;
        _fragments = fragments;
        _runtimeType = runtimeType;
    }

    /// <summary>Collects the fields of <paramref name="selectionSet"/> on <paramref name="runtimeType"/>.</summary>
    public static OrderedDictionary<string, List<FieldNode>> Collect(ValidationContext context,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var collector = new RootFieldCollector(context, fragments, runtimeType);
        collector.CollectFrom(selectionSet);
        return collector._fields;
    }

    void CollectFrom(SelectionSetNode selectionSet)
    {
        ReserveWork(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field):
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!_fields.TryGetValue(key, out var list))
                        _fields[key] = list = [];
                    list.Add(field);
                    break;
                case InlineFragmentNode inline when ShouldInclude(inline) && ConditionMatches(inline.TypeCondition):
                    CollectFrom(inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread when !_visitedFragments.Contains(spread.Name.Value) && ShouldInclude(spread):
                    _visitedFragments.Add(spread.Name.Value);
                    if (_fragments.GetValueOrDefault(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition))
                        CollectFrom(fragment.SelectionSet);
                    break;
            }
        }
    }

    void ReserveWork(SelectionSetNode selectionSet)
    {
        _context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            _context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives.Where(d => d.Name.Value is "skip" or "include"))
                _context.SpendFragmentWork(directive.Arguments.Count);
        }
    }

    bool ConditionMatches(NamedTypeNode? condition)
    {
        if (condition is null)
            return true;
        var conditionType = TypeComparators.TypeFromAst(_context.Schema, condition) as NamedType;
        if (ReferenceEquals(conditionType, _runtimeType))
            return true;
        return TypeComparators.IsAbstract(conditionType) && _context.Schema.IsSubType(conditionType!, _runtimeType);
    }

    static bool ShouldInclude(SelectionNode node) =>
        IfArgument(node, SpecifiedDirectives.Skip) != true && IfArgument(node, SpecifiedDirectives.Include) != false;

    /// <summary>The coerced <c>if:</c> of the first such directive on the node (graphql-js <c>getDirectiveValues</c>), or null.</summary>
    static bool? IfArgument(SelectionNode node, Directive definition)
    {
        if (node.Directives.FirstOrDefault(d => d.Name.Value == definition.Name) is not { } directive)
            return null;
        var ifDefinition = definition.Arguments[0];
        var argument = directive.Arguments.LastOrDefault(a => a.Name.Value == ifDefinition.Name);
        var required = $"Argument \"{ifDefinition.Name}\" of required type \"{ifDefinition.Type}\"";
        switch (argument?.Value)
        {
            case null:
                throw new GraphQLError($"{required} was not provided.", [directive]);
            case VariableNode variable:
                throw new GraphQLError($"{required} was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.", [variable]);
            case NullValueNode value:
                throw new GraphQLError($"Argument \"{ifDefinition.Name}\" of non-null type \"{ifDefinition.Type}\" must not be null.", [value]);
            case var value when ValueFromAst.TryCoerce(value, ifDefinition.Type, null, out var coerced):
                return (bool)coerced!;
            case var value:
                throw new GraphQLError($"Argument \"{ifDefinition.Name}\" has invalid value {Printer.Print(value)}.", [value]);
        }
    }
}
