using System.Runtime.ExceptionServices;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Executing selection sets: all fields of an object concurrently (queries, subscriptions) or in
/// order (mutation root), and one field: argument coercion, the resolver, value completion.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Selection-Sets
/// </summary>
public sealed partial class Executor
{
    async ValueTask<object?> ExecuteFieldsAsync(ObjectType parentType, object? source, ResponsePath? path,
        OrderedDictionary<string, List<FieldNode>> fields)
    {
        var names = new List<string>(fields.Count);
        var started = new List<ValueTask<object?>>(fields.Count);
        foreach (var (name, nodes) in fields)
        {
            if (GetFieldDef(parentType, nodes[0]) is not { } field)
                continue;
            names.Add(name);
            // A synchronous error that nulls this object stops the remaining fields, as in graphql-js.
            if (!Start(started, ExecuteFieldAsync(parentType, field, source, nodes, new ResponsePath(path, name, parentType.Name))))
                break;
        }
        var values = await AwaitAllAsync(started);
        var data = new OrderedDictionary<string, object?>(values.Count, StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
            data[names[i]] = values[i];
        return data;
    }

    /// <summary>Adds a started value; false when it already failed synchronously (nothing after it should start).</summary>
    static bool Start(List<ValueTask<object?>> started, ValueTask<object?> value)
    {
        started.Add(value);
        return !value.IsCompleted || value.IsCompletedSuccessfully;
    }

    /// <summary>Awaits every started value, even after a failure, so none outlives the request; then rethrows the first failure.</summary>
    static async ValueTask<List<object?>> AwaitAllAsync(List<ValueTask<object?>> started)
    {
        var values = new List<object?>(started.Count);
        ExceptionDispatchInfo? failure = null;
        foreach (var value in started)
        {
            try
            {
                values.Add(await value);
            }
            catch (Exception error)
            {
                failure ??= ExceptionDispatchInfo.Capture(error);
            }
        }
        failure?.Throw();
        return values;
    }

    async ValueTask<object?> ExecuteFieldsSeriallyAsync(ObjectType parentType, object? source, ResponsePath? path,
        OrderedDictionary<string, List<FieldNode>> fields)
    {
        var data = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var (name, nodes) in fields)
        {
            if (GetFieldDef(parentType, nodes[0]) is { } field)
                data[name] = await ExecuteFieldAsync(parentType, field, source, nodes, new ResponsePath(path, name, parentType.Name));
        }
        return data;
    }

    async ValueTask<object?> ExecuteFieldAsync(ObjectType parentType, FieldDefinition field, object? source, List<FieldNode> nodes, ResponsePath path)
    {
        try
        {
            _state.CancellationToken.ThrowIfCancellationRequested();
            var context = CreateContext(parentType, field, source, nodes, path);
            var result = await (field.Resolve ?? _state.FieldResolver)(context);
            return await CompleteValueAsync(field.Type, context, path, result);
        }
        catch (Exception raw) when (IsFieldError(raw))
        {
            return HandleFieldError(Located(raw, nodes, path), field.Type, path);
        }
    }

    ResolveContext CreateContext(ObjectType parentType, FieldDefinition field, object? source, List<FieldNode> nodes, ResponsePath path)
    {
        var arguments = field.Arguments.Count == 0
            ? EmptyArguments
            : Values.GetArgumentValues(field.Arguments, nodes[0], nodes[0].Arguments, _state.VariableValues);
        return new ResolveContext(_state, source, arguments, field, parentType, nodes, path);
    }

    static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();
}
