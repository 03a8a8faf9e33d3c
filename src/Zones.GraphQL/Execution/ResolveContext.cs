using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Everything a resolver may need for one field of one parent value: the parent (source) value,
/// the coerced arguments, the per-request context and data loaders, the cancellation token, and
/// graphql-js's <c>GraphQLResolveInfo</c> (field, types, path, operation, fragments, variables).
/// Spec: https://spec.graphql.org/September2025/#sec-Value-Resolution
/// </summary>
public sealed class ResolveContext
{
    readonly ExecutionState _execution;

    internal ResolveContext(ExecutionState execution, object? source, IReadOnlyDictionary<string, object?> arguments,
        FieldDefinition field, ObjectType parentType, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        _execution = execution;
        Source = source;
        Arguments = arguments;
        FieldDefinition = field;
        ParentType = parentType;
        FieldNodes = fieldNodes;
        Path = path;
    }

    /// <summary>The parent value: the root value for root fields, else what the parent field resolved to.</summary>
    public object? Source { get; }

    /// <summary>The coerced argument values; an argument that was not given and has no default is absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The per-request value passed in <see cref="ExecutionRequest.Context"/> (e.g. the user, a DB scope).</summary>
    public object? UserContext => _execution.Request.Context;

    /// <summary>Cancelled when the request is aborted; pass it to I/O.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>The per-request data loaders (batching and caching of keyed loads).</summary>
    public DataLoaderContext Loaders => _execution.Loaders;

    /// <summary>The field being resolved.</summary>
    public FieldDefinition FieldDefinition { get; }

    /// <summary>The field's name (not its alias).</summary>
    public string FieldName => FieldDefinition.Name;

    /// <summary>The field's type.</summary>
    public GraphQLType ReturnType => FieldDefinition.Type;

    /// <summary>The object type the field belongs to.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field's nodes in the document (several when merged by response name).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The field's position in the response.</summary>
    public ResponsePath Path { get; }

    /// <summary>The schema.</summary>
    public Schema Schema => _execution.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => _execution.Operation;

    /// <summary>The document's fragments by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> VariableValues => _execution.VariableValues;

    /// <summary>The root value of the operation.</summary>
    public object? RootValue => _execution.Request.RootValue;

    /// <summary>
    /// An argument converted to <typeparamref name="T"/>: numbers convert between numeric types, and
    /// an enum value name (<c>SCHOOL_DISTRICT</c>) converts to a C# enum member (<c>SchoolDistrict</c>);
    /// default when absent or null.
    /// </summary>
    public T? Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
            return default;
        if (value is T typed)
            return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum && value is string text)
            return (T)Enum.Parse(target, text.Replace("_", ""), ignoreCase: true);
        return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether the query selects a field named <paramref name="fieldName"/> anywhere below this field
    /// (through fragments and nested objects), so a resolver can skip work nobody asked for —
    /// e.g. an expensive column of a list row. Directives are not evaluated: a field under
    /// <c>@skip</c> still counts, which errs on the side of computing it.
    /// </summary>
    public bool SelectsField(string fieldName)
    {
        var seen = new HashSet<string>();
        return FieldNodes.Any(f => f.SelectionSet is { } set && Selects(set, fieldName, seen));
    }

    bool Selects(Language.Ast.SelectionSetNode set, string fieldName, HashSet<string> seenFragments) =>
        set.Selections.Any(selection => selection switch
        {
            Language.Ast.FieldNode field => field.Name.Value == fieldName
                || (field.SelectionSet is { } inner && Selects(inner, fieldName, seenFragments)),
            Language.Ast.InlineFragmentNode inline => Selects(inline.SelectionSet, fieldName, seenFragments),
            Language.Ast.FragmentSpreadNode spread => seenFragments.Add(spread.Name.Value)
                && Fragments.TryGetValue(spread.Name.Value, out var fragment) && Selects(fragment.SelectionSet, fieldName, seenFragments),
            _ => false,
        });

    /// <summary>The request's loader named <paramref name="name"/>, created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> Loader<TKey, TValue>(string name, BatchLoad<TKey, TValue> batch) where TKey : notnull =>
        Loaders.GetOrAdd(name, batch);
}
