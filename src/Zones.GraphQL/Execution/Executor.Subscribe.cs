using System.Runtime.CompilerServices;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Subscriptions, executor side: the root field's <see cref="FieldDefinition.Subscribe"/> creates
/// the source event stream (CreateSourceEventStream), and each event is executed as the root value
/// of the operation (MapSourceToResponseEvent). The transport is someone else's job.
/// Spec: https://spec.graphql.org/September2025/#sec-Subscription
/// </summary>
public sealed partial class Executor
{
    /// <summary>
    /// The response stream of a subscription. When the request fails before the stream exists
    /// (unknown operation, variables, the subscribe resolver throwing), it yields one result with
    /// the errors and ends. Each event is executed with fresh data loaders.
    /// </summary>
    public static async IAsyncEnumerable<ExecutionResult> SubscribeAsync(ExecutionRequest request,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var (stream, errors) = await CreateSourceEventStreamAsync(request, ct);
        if (stream is null)
        {
            yield return ExecutionResult.FromErrors(errors);
            yield break;
        }
        await foreach (var payload in stream.WithCancellation(ct))
            yield return await ExecuteAsync(request with { RootValue = payload, Loaders = null }, ct);
    }

    /// <summary>Resolves the subscription root field to its source stream, or the errors that prevent it.</summary>
    public static async Task<(IAsyncEnumerable<object?>? Stream, IReadOnlyList<GraphQLError> Errors)> CreateSourceEventStreamAsync(
        ExecutionRequest request, CancellationToken ct = default)
    {
        SchemaValidator.AssertValid(request.Schema);
        var (state, errors) = ExecutionState.Build(request, ct);
        if (state is null)
            return (null, errors);
        try
        {
            // Loaders used by the subscribe resolver need the scheduler too.
            var executor = new Executor(state);
            var source = await executor.RunWithLoadersAsync(() => executor.ExecuteSubscriptionAsync().AsTask()).ConfigureAwait(false);
            return source as IAsyncEnumerable<object?> is { } stream
                ? (stream, [])
                : throw new InvalidOperationException($"Subscription field must return Async Iterable. Received: {Inspect.Value(source)}.");
        }
        catch (GraphQLError error)
        {
            return (null, [error]);
        }
    }

    async ValueTask<object?> ExecuteSubscriptionAsync()
    {
        var operation = _state.Operation;
        var rootType = _state.Schema.Subscription
            ?? throw new GraphQLError("Schema is not configured to execute subscription operation.", [operation]);
        var fields = CollectFields.Collect(_state.Schema, _state.Fragments, _state.VariableValues, rootType, operation.SelectionSet);
        var (responseName, nodes) = fields.First();
        var field = GetFieldDef(rootType, nodes[0])
            ?? throw new GraphQLError($"The subscription field \"{nodes[0].Name.Value}\" is not defined.", nodes);
        var path = new ResponsePath(null, responseName, rootType.Name);
        try
        {
            var context = CreateContext(rootType, field, _state.Request.RootValue, nodes, path);
            if (field.Subscribe is { } subscribe)
                return await subscribe(context);
            var source = await _state.FieldResolver(context);
            return source is Exception error ? throw error : source;
        }
        catch (Exception raw) when (IsFieldError(raw))
        {
            throw Located(raw, nodes, path);
        }
    }
}
