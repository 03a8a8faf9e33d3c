using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution.Limits;

/// <summary>
/// The depth, alias count and estimated cost of one operation, with fragments expanded where they
/// are spread. The cost is the number of fields the response may hold: each field costs its
/// <see cref="FieldDefinition.Cost"/> (1 unless the schema declares more) times the product of the
/// sizes of the lists above it (a size argument such as <c>first</c>, or <see cref="RequestLimits.DefaultListSize"/>).
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Operations
/// </summary>
public sealed class OperationMeasure
{
    // Bounds the walk itself when fragments are spread exponentially often.
    const long MaxVisits = 1_000_000;

    readonly Schema _schema;
    readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    readonly IReadOnlyDictionary<string, object?> _variables;
    readonly RequestLimits _limits;
    readonly HashSet<string> _spreadPath = new(StringComparer.Ordinal);
    readonly Dictionary<FieldDefinition, WeightedField> _weighted = [];
    long _visits;

    OperationMeasure(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables, RequestLimits limits)
    {
        _schema = schema;
        _fragments = document.Definitions.OfType<FragmentDefinitionNode>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        _variables = variables;
        _limits = limits;
    }

    /// <summary>The deepest field nesting.</summary>
    public int Depth { get; private set; }

    /// <summary>The number of aliased fields.</summary>
    public int Aliases { get; private set; }

    /// <summary>The estimated cost.</summary>
    public long Cost { get; private set; }

    /// <summary>
    /// The fields with a declared cost above 1 that the operation selects, heaviest share first: what
    /// to ask for less of when the cost is over the limit.
    /// </summary>
    public IReadOnlyList<WeightedField> WeightedFields =>
        [.. _weighted.Values.OrderByDescending(f => Product(f.Cost, f.Times)).ThenBy(f => f.Coordinate, StringComparer.Ordinal)];

    /// <summary>A field with a declared cost: its schema coordinate (<c>Query.report</c>), its cost and how often the response may hold it.</summary>
    public sealed record WeightedField(string Coordinate, long Cost, long Times);

    /// <summary>Measures <paramref name="operation"/> of <paramref name="document"/>.</summary>
    public static OperationMeasure Of(Schema schema, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables, RequestLimits limits)
    {
        var measure = new OperationMeasure(schema, document, variables ?? new Dictionary<string, object?>(), limits);
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        measure.Walk(operation.SelectionSet, root, 0, 1);
        return measure;
    }

    void Walk(SelectionSetNode selectionSet, NamedType? parentType, int depth, long multiplier)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (++_visits > MaxVisits)
            {
                Cost = long.MaxValue;
                return;
            }
            switch (selection)
            {
                case FieldNode field:
                    MeasureField(field, parentType, depth, multiplier);
                    break;
                case InlineFragmentNode inline:
                    Walk(inline.SelectionSet, TypeNamed(inline.TypeCondition) ?? parentType, depth, multiplier);
                    break;
                case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment) && _spreadPath.Add(spread.Name.Value):
                    Walk(fragment.SelectionSet, TypeNamed(fragment.TypeCondition), depth, multiplier);
                    _spreadPath.Remove(spread.Name.Value);
                    break;
            }
        }
    }

    void MeasureField(FieldNode field, NamedType? parentType, int depth, long multiplier)
    {
        if (field.Alias is not null)
            Aliases++;
        if (field.Name.Value.StartsWith("__", StringComparison.Ordinal))
            return;
        Depth = Math.Max(Depth, depth + 1);
        var definition = (parentType as ObjectLikeType)?.Fields.GetValueOrDefault(field.Name.Value);
        var cost = definition?.Cost ?? 1;
        Cost = Saturate(Cost + Product(cost, multiplier));
        if (cost > 1)
            _weighted[definition!] = _weighted.TryGetValue(definition!, out var seen)
                ? seen with { Times = Saturate(seen.Times + multiplier) }
                : new WeightedField($"{parentType!.Name}.{definition!.Name}", cost, multiplier);
        if (field.SelectionSet is null)
            return;
        var size = definition is not null && IsList(definition.Type) ? ListSize(field) : 1;
        Walk(field.SelectionSet, definition?.Type.GetNamedType(), depth + 1, Product(multiplier, size));
    }

    NamedType? TypeNamed(NamedTypeNode? node) => node is null ? null : _schema.GetType(node.Name.Value);

    static bool IsList(GraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;

    long ListSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (!_limits.ListSizeArguments.Contains(argument.Name.Value))
                continue;
            var value = argument.Value switch
            {
                IntValueNode literal => long.TryParse(literal.Value, out var n) ? n : (long?)null,
                VariableNode variable when _variables.GetValueOrDefault(variable.Name.Value) is { } raw && Inspect.IsNumber(raw) => (long)Inspect.ToDouble(raw),
                _ => null,
            };
            if (value is { } size)
                return Math.Max(size, 0);
        }
        return _limits.DefaultListSize;
    }

    static long Saturate(long value) => value < 0 ? long.MaxValue : value;

    // Both factors are ≥ 0; a product past long.MaxValue stays there.
    static long Product(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
