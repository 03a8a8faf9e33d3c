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
    ValueTask<object?> ExecuteFieldsAsync(ObjectType parentType, object? source, ResponsePath? path,
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
        // Synchronous resolvers (the common case) leave every field complete: build the object
        // without an async state machine or the intermediate list of values.
        if (AllCompletedSuccessfully(started))
        {
            var data = new OrderedDictionary<string, object?>(started.Count, StringComparer.Ordinal);
            for (var i = 0; i < started.Count; i++)
                data[names[i]] = started[i].Result;
            return new ValueTask<object?>(data);
        }
        return AwaitFieldsAsync(names, started);
    }

    static async ValueTask<object?> AwaitFieldsAsync(List<string> names, List<ValueTask<object?>> started)
    {
        var values = await AwaitAllAsync(started);
        var data = new OrderedDictionary<string, object?>(values.Count, StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
            data[names[i]] = values[i];
        return data;
    }

    static bool AllCompletedSuccessfully(List<ValueTask<object?>> started)
    {
        foreach (var value in started)
        {
            if (!value.IsCompletedSuccessfully)
                return false;
        }
        return true;
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

    // Runs for every field of every object: when the resolver and the completion finish synchronously
    // (the common case) no async state machine is involved. Whatever happens, the outcome is returned
    // as a ValueTask (never thrown), exactly as from the async version.
    ValueTask<object?> ExecuteFieldAsync(ObjectType parentType, FieldDefinition field, object? source, List<FieldNode> nodes, ResponsePath path)
    {
        try
        {
            _state.CancellationToken.ThrowIfCancellationRequested();
            var context = CreateContext(parentType, field, source, nodes, path);
            var resolved = (field.Resolve ?? _state.FieldResolver)(context);
            if (!resolved.IsCompletedSuccessfully)
                return ExecuteFieldSlowAsync(field, nodes, path, context, resolved);
            var completed = CompleteValueAsync(field.Type, context, path, resolved.Result);
            return completed.IsCompletedSuccessfully ? completed : AwaitFieldAsync(field, nodes, path, completed);
        }
        catch (Exception raw)
        {
            return FieldFailed(raw, field, nodes, path);
        }
    }

    /// <summary>The async version's catch: a field error becomes null (or a rethrown located error for a non-null type).</summary>
    ValueTask<object?> FieldFailed(Exception raw, FieldDefinition field, List<FieldNode> nodes, ResponsePath path)
    {
        if (!IsFieldError(raw))
            return ValueTask.FromException<object?>(raw);
        try
        {
            return new ValueTask<object?>(HandleFieldError(Located(raw, nodes, path), field.Type, path));
        }
        catch (Exception error)
        {
            return ValueTask.FromException<object?>(error);
        }
    }

    async ValueTask<object?> ExecuteFieldSlowAsync(FieldDefinition field, List<FieldNode> nodes, ResponsePath path, ResolveContext context,
        ValueTask<object?> resolved)
    {
        try
        {
            var result = await resolved;
            return await CompleteValueAsync(field.Type, context, path, result);
        }
        catch (Exception raw) when (IsFieldError(raw))
        {
            return HandleFieldError(Located(raw, nodes, path), field.Type, path);
        }
    }

    async ValueTask<object?> AwaitFieldAsync(FieldDefinition field, List<FieldNode> nodes, ResponsePath path, ValueTask<object?> completed)
    {
        try
        {
            return await completed;
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
