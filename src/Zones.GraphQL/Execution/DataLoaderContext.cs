namespace Zones.GraphQL.Execution;

/// <summary>
/// The data loaders of one request and the queue of loaders waiting for a batch. The executor
/// dispatches queued batches whenever its own work is waiting on them, one loader at a time.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Selection-Sets
/// </summary>
public sealed class DataLoaderContext
{
    readonly object _gate = new();
    readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    readonly List<IDataLoaderBatch> _scheduled = [];
    TaskCompletionSource? _signal;

    /// <summary>The loader named <paramref name="name"/>; created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoad<TKey, TValue> batch) where TKey : notnull
    {
        lock (_gate)
        {
            if (!_loaders.TryGetValue(name, out var loader))
                _loaders[name] = loader = new DataLoader<TKey, TValue>(batch, this);
            return loader as DataLoader<TKey, TValue>
                ?? throw new InvalidOperationException($"Loader \"{name}\" was created with other key or value types.");
        }
    }

    /// <summary>Whether some loader has keys waiting.</summary>
    public bool HasPending
    {
        get
        {
            lock (_gate)
                return _scheduled.Count > 0;
        }
    }

    /// <summary>Runs the batches of every loader with waiting keys, one after the other.</summary>
    public async Task DispatchAsync(CancellationToken ct = default)
    {
        IDataLoaderBatch[] batches;
        lock (_gate)
        {
            batches = [.. _scheduled];
            _scheduled.Clear();
        }
        foreach (var batch in batches)
            await batch.RunAsync(ct).ConfigureAwait(false);
    }

    internal void Schedule(IDataLoaderBatch loader)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _scheduled.Add(loader);
            (signal, _signal) = (_signal, null);
        }
        signal?.TrySetResult();
    }

    /// <summary>Completes when a loader has keys waiting.</summary>
    internal Task WhenPendingAsync()
    {
        lock (_gate)
        {
            if (_scheduled.Count > 0)
                return Task.CompletedTask;
            // Asynchronous, so a resolver's LoadAsync never runs the scheduler inline.
            _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _signal.Task;
        }
    }

    /// <summary>Runs <paramref name="work"/> to completion, dispatching batches whenever it waits for them.</summary>
    internal async Task<T> RunAsync<T>(Task<T> work, CancellationToken ct)
    {
        while (!work.IsCompleted)
        {
            if (HasPending)
                await DispatchAsync(ct).ConfigureAwait(false);
            else
                await Task.WhenAny(work, WhenPendingAsync()).ConfigureAwait(false);
        }
        return await work.ConfigureAwait(false);
    }
}
