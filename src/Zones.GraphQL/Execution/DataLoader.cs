namespace Zones.GraphQL.Execution;

/// <summary>
/// Loads many keys in one call: gets the values of <paramref name="keys"/> (distinct, in request
/// order); a key missing from the result loads as <c>default</c> (null).
/// </summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoad<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken ct)
    where TKey : notnull;

/// <summary>
/// Per-request batching and caching of keyed loads (the DataLoader pattern): every
/// <see cref="LoadAsync"/> made while the executor completes one level of the response is queued,
/// and the executor calls the batch function once for all of them before going deeper, so a query
/// costs one batch per level instead of one load per parent. Each key is loaded at most once per
/// request.
/// Spec: https://spec.graphql.org/September2025/#sec-Executing-Selection-Sets
/// </summary>
/// <remarks>
/// Loaders belong to one request (<see cref="DataLoaderContext"/>); they are safe to call from
/// concurrent resolvers. Outside the executor, call <see cref="DataLoaderContext.DispatchAsync"/>
/// to run queued batches.
/// </remarks>
public sealed class DataLoader<TKey, TValue> : IDataLoaderBatch where TKey : notnull
{
    readonly BatchLoad<TKey, TValue> _batch;
    readonly DataLoaderContext _context;
    readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _queue = [];

    internal DataLoader(BatchLoad<TKey, TValue> batch, DataLoaderContext context) => (_batch, _context) = (batch, context);

    /// <summary>How many times the batch function has been called (for tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value for <paramref name="key"/>, from the cache or from the next batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
                return cached;
            // Continuations run inline when the batch completes, so the executor queues the next
            // level's keys before the scheduler looks for more work: that is what makes levels batch.
            var completion = new TaskCompletionSource<TValue?>();
            _cache[key] = task = completion.Task;
            first = _queue.Count == 0;
            _queue.Add((key, completion));
        }
        if (first)
            _context.Schedule(this);
        return task;
    }

    /// <summary>The values for several keys, in order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys) => await Task.WhenAll(keys.Select(LoadAsync));

    /// <summary>Puts a value in the cache (e.g. an entity fetched by another query).</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_cache)
            _cache.TryAdd(key, Task.FromResult<TValue?>(value));
    }

    async Task IDataLoaderBatch.RunAsync(CancellationToken ct)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> queue;
        lock (_cache)
            (queue, _queue) = (_queue, []);
        if (queue.Count == 0)
            return;
        BatchCount++;
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _batch(queue.Select(q => q.Key).ToArray(), ct).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            queue.ForEach(q => q.Completion.TrySetException(error));
            return;
        }
        foreach (var (key, completion) in queue)
            completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
    }
}

/// <summary>A loader with queued keys, as the scheduler sees it.</summary>
internal interface IDataLoaderBatch
{
    /// <summary>Runs one batch with the keys queued so far.</summary>
    Task RunAsync(CancellationToken ct);
}
