using Zones.GraphQL.Introspection;
using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Executes an operation of a validated document (graphql-js <c>execute</c>): query fields run
/// concurrently with results kept in selection order, mutation fields one after the other; errors
/// are caught per field and nulls propagate to the nearest nullable parent, as the spec says.
/// Spec: https://spec.graphql.org/September2025/#sec-Execution
/// </summary>
/// <remarks>
/// Resolvers that complete synchronously are executed in document order and, as in graphql-js, the
/// fields after one whose error nulls its parent are not run. Asynchronous siblings are awaited
/// before the parent completes, so no resolver outlives its request.
/// </remarks>
public sealed partial class Executor
{
    readonly ExecutionState _state;

    Executor(ExecutionState state) => _state = state;

    /// <summary>Runs the request's operation; cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken ct = default)
    {
        SchemaValidator.AssertValid(request.Schema);
        var (state, errors) = ExecutionState.Build(request, ct);
        if (state is null)
            return ExecutionResult.FromErrors(errors);
        return await new Executor(state).ExecuteOperationAsync(request.RootValue);
    }

    /// <summary>Executes the operation with <paramref name="rootValue"/>, dispatching data-loader batches as it goes.</summary>
    async Task<ExecutionResult> ExecuteOperationAsync(object? rootValue)
    {
        var data = await RunWithLoadersAsync(() => ExecuteRootAsync(rootValue).AsTask()).ConfigureAwait(false);
        return new ExecutionResult(data, _state.Errors.Errors);
    }

    /// <summary>
    /// Starts <paramref name="start"/> without the caller's synchronization context and drives it with
    /// the data-loader scheduler.
    /// </summary>
    /// <remarks>
    /// Batching relies on resolver continuations running inline when a batch completes; a captured
    /// context (a test runner's, a UI's) would queue them instead and split the batches.
    /// </remarks>
    Task<T> RunWithLoadersAsync<T>(Func<Task<T>> start)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return _state.Loaders.RunAsync(start(), _state.CancellationToken);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    async ValueTask<IReadOnlyDictionary<string, object?>?> ExecuteRootAsync(object? rootValue)
    {
        try
        {
            var operation = _state.Operation;
            var rootType = RootType(operation);
            var fields = CollectFields.Collect(_state.Schema, _state.Fragments, _state.VariableValues, rootType, operation.SelectionSet);
            var data = operation.Operation == OperationType.Mutation
                ? await ExecuteFieldsSeriallyAsync(rootType, rootValue, null, fields)
                : await ExecuteFieldsAsync(rootType, rootValue, null, fields);
            return (IReadOnlyDictionary<string, object?>?)data;
        }
        catch (GraphQLError error)
        {
            _state.Errors.Add(error, null);
            return null;
        }
    }

    ObjectType RootType(OperationDefinitionNode operation) => operation.Operation switch
    {
        OperationType.Query => _state.Schema.Query,
        OperationType.Mutation => _state.Schema.Mutation,
        _ => _state.Schema.Subscription,
    } ?? throw new GraphQLError($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", [operation]);

    /// <summary>The field definition for a node, meta fields included; null for an unknown field (it is skipped).</summary>
    FieldDefinition? GetFieldDef(ObjectType parentType, FieldNode node) => node.Name.Value switch
    {
        "__schema" when ReferenceEquals(parentType, _state.Schema.Query) => IntrospectionTypes.SchemaMetaField,
        "__type" when ReferenceEquals(parentType, _state.Schema.Query) => IntrospectionTypes.TypeMetaField,
        "__typename" => IntrospectionTypes.TypeNameMetaField,
        var name => parentType.Fields.GetValueOrDefault(name),
    };

    /// <summary>graphql-js <c>locatedError</c>: keeps an error that already has a path, else adds the field's nodes and path.</summary>
    static GraphQLError Located(Exception raw, IReadOnlyList<Node> nodes, ResponsePath path) => raw switch
    {
        GraphQLError { Path: not null } located => located,
        GraphQLError error => new GraphQLError(error.Message, error.Nodes ?? nodes, path.ToList(), error.Extensions, error),
        _ => new GraphQLError(raw.Message, nodes, path.ToList(), originalError: raw),
    };

    /// <summary>Whether an exception is a field error rather than the request being cancelled.</summary>
    bool IsFieldError(Exception error) => !(error is OperationCanceledException && _state.CancellationToken.IsCancellationRequested);

    /// <summary>Records the error and yields null, or rethrows it for a non-null type so the parent is nulled.</summary>
    object? HandleFieldError(GraphQLError error, GraphQLType returnType, ResponsePath path)
    {
        if (returnType is NonNullType)
            throw error;
        _state.Errors.Add(error, path);
        return null;
    }
}
