using System.Collections;
using System.Collections.Concurrent;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Value completion: non-null checks, lists item by item (each with its own path), leaf
/// serialisation, abstract type resolution and object sub-selections.
/// Spec: https://spec.graphql.org/September2025/#sec-Value-Completion
/// </summary>
public sealed partial class Executor
{
    readonly ConcurrentDictionary<(ObjectType, IReadOnlyList<FieldNode>), OrderedDictionary<string, List<FieldNode>>> _subfields =
        new(new SubfieldKeyComparer());

    ValueTask<object?> CompleteValueAsync(GraphQLType type, ResolveContext field, ResponsePath path, object? result)
    {
        if (result is Exception error)
            throw error;
        if (result is Task task)
            return CompleteAwaitedAsync(type, field, path, task);
        if (type is NonNullType nonNull)
            return CompleteNonNullAsync(nonNull, field, path, result);
        if (result is null)
            return new ValueTask<object?>((object?)null);
        return type switch
        {
            ListType list => CompleteListAsync(list, field, path, result),
            LeafType leaf => new ValueTask<object?>(CompleteLeaf(leaf, result)),
            ObjectType objectType => CompleteObjectAsync(objectType, field, path, result),
            _ => CompleteObjectAsync(ResolveRuntimeType((NamedType)type, field, result), field, path, result),
        };
    }

    /// <summary>
    /// A task where a value was expected (a synchronous resolver returning <c>store.GetAsync()</c>, or
    /// a list of tasks) is awaited first, as graphql-js awaits promises.
    /// </summary>
    async ValueTask<object?> CompleteAwaitedAsync(GraphQLType type, ResolveContext field, ResponsePath path, Task task)
    {
        await task;
        return await CompleteValueAsync(type, field, path, TaskResult(task));
    }

    /// <summary>The result of a completed <see cref="Task{TResult}"/>; null for a plain task (whose runtime type may be Task&lt;VoidTaskResult&gt;).</summary>
    static object? TaskResult(Task task)
    {
        for (var type = task.GetType(); type is not null && type != typeof(Task); type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
                return type.GetGenericArguments()[0].Name == "VoidTaskResult" ? null : type.GetProperty(nameof(Task<object>.Result))!.GetValue(task);
        }
        return null;
    }

    // Most fields are non-null: a synchronous completion is checked in place, without a state machine;
    // failures are returned as a faulted ValueTask, as the async version did.
    ValueTask<object?> CompleteNonNullAsync(NonNullType type, ResolveContext field, ResponsePath path, object? result)
    {
        ValueTask<object?> completed;
        try
        {
            completed = CompleteValueAsync(type.OfType, field, path, result);
        }
        catch (Exception error)
        {
            return ValueTask.FromException<object?>(error);
        }
        if (!completed.IsCompletedSuccessfully)
            return CompleteNonNullSlowAsync(field, completed);
        return completed.Result is null ? ValueTask.FromException<object?>(NonNullError(field)) : completed;
    }

    static async ValueTask<object?> CompleteNonNullSlowAsync(ResolveContext field, ValueTask<object?> completed) =>
        await completed ?? throw NonNullError(field);

    static GraphQLError NonNullError(ResolveContext field) =>
        new($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.FieldName}.");

    ValueTask<object?> CompleteListAsync(ListType type, ResolveContext field, ResponsePath path, object result)
    {
        if (!Values.IsList(result))
            return ValueTask.FromException<object?>(new GraphQLError($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.FieldName}\"."));
        var started = new List<ValueTask<object?>>(result is ICollection collection ? collection.Count : 4);
        foreach (var item in (IEnumerable)result)
        {
            // graphql-js stops mapping the list at the first synchronous error that nulls it.
            if (!Start(started, CompleteItemAsync(type.OfType, field, new ResponsePath(path, started.Count, null), item)))
                break;
        }
        // All items already complete (synchronous resolvers): no state machine, values read in place.
        if (AllCompletedSuccessfully(started))
        {
            var values = new List<object?>(started.Count);
            foreach (var value in started)
                values.Add(value.Result);
            return new ValueTask<object?>(values);
        }
        return AwaitListAsync(started);
    }

    static async ValueTask<object?> AwaitListAsync(List<ValueTask<object?>> started) => await AwaitAllAsync(started);

    async ValueTask<object?> CompleteItemAsync(GraphQLType itemType, ResolveContext field, ResponsePath itemPath, object? item)
    {
        try
        {
            return await CompleteValueAsync(itemType, field, itemPath, item);
        }
        catch (Exception raw) when (IsFieldError(raw))
        {
            return HandleFieldError(Located(raw, field.FieldNodes, itemPath), itemType, itemPath);
        }
    }

    static object CompleteLeaf(LeafType type, object result) =>
        type.Serialize(result)
        ?? throw new GraphQLError($"Expected `{type.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null");

    ValueTask<object?> CompleteObjectAsync(ObjectType type, ResolveContext field, ResponsePath path, object result)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result, field))
            throw new GraphQLError($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(result)}.", field.FieldNodes);
        // TryGetValue first: the GetOrAdd factory captures this, so it would allocate a delegate per object.
        if (!_subfields.TryGetValue((type, field.FieldNodes), out var subfields))
            subfields = _subfields.GetOrAdd((type, field.FieldNodes), key =>
                CollectFields.CollectSubfields(_state.Schema, _state.Fragments, _state.VariableValues, key.Item1, key.Item2));
        return ExecuteFieldsAsync(type, result, path, subfields);
    }

    // The same node list serves every item of a list, so sub-selections are collected once per type.
    sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType, IReadOnlyList<FieldNode>)>
    {
        public bool Equals((ObjectType, IReadOnlyList<FieldNode>) x, (ObjectType, IReadOnlyList<FieldNode>) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ObjectType, IReadOnlyList<FieldNode>) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item2));
    }
}
