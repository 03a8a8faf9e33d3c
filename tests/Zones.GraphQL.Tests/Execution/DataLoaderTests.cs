using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using static Zones.GraphQL.Tests.Execution.ExecutionHarness;

namespace Zones.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    sealed record Zone(int Id, int? ParentId);

    // A tree: 1 → 2, 3; 2 → 4, 5; 3 → 6; 4 → 7.
    static readonly Zone[] Zones = [new(1, null), new(2, 1), new(3, 1), new(4, 2), new(5, 2), new(6, 3), new(7, 4)];

    /// <summary>A schema whose children and parent fields go through loaders; every batch is logged.</summary>
    static Schema Schema(List<string> batches) => Sdl("type Query { roots: [Zone!]! } type Zone { id: Int! parent: Zone children: [Zone!]! }",
        ("Query.roots", _ => new(Zones.Where(z => z.ParentId is null).ToArray())),
        ("Zone.children", async ctx => await ctx.Loader<int, Zone[]>("children", async (ids, ct) =>
        {
            batches.Add("children " + string.Join(",", ids));
            await Task.Delay(5, ct);
            return ids.ToDictionary(id => id, id => Zones.Where(z => z.ParentId == id).ToArray());
        }).LoadAsync(((Zone)ctx.Source!).Id)),
        ("Zone.parent", async ctx => ((Zone)ctx.Source!).ParentId is int parentId
            ? await ctx.Loader<int, Zone>("zones", (ids, _) =>
            {
                batches.Add("zones " + string.Join(",", ids));
                return Task.FromResult<IReadOnlyDictionary<int, Zone>>(Zones.Where(z => ids.Contains(z.Id)).ToDictionary(z => z.Id));
            }).LoadAsync(parentId)
            : null));

    [Fact]
    public async Task A_nested_query_makes_one_batch_per_level()
    {
        var batches = new List<string>();
        var json = await RunAsync(Schema(batches), "{ roots { id children { id children { id children { id } } } } }");
        Assert.Equal("""{"data":{"roots":[{"id":1,"children":[{"id":2,"children":[{"id":4,"children":[{"id":7}]},{"id":5,"children":[]}]},{"id":3,"children":[{"id":6,"children":[]}]}]}]}}""", json);
        Assert.Equal(["children 1", "children 2,3", "children 4,5,6"], batches);
    }

    /// <summary>Posts every continuation to the thread pool, as test runners and UI frameworks do.</summary>
    sealed class PostingContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback callback, object? state) =>
            ThreadPool.QueueUserWorkItem(_ => { SetSynchronizationContext(this); callback(state); });
    }

    [Fact]
    public async Task Batches_stay_one_per_level_when_the_caller_has_a_synchronization_context()
    {
        var batches = new List<string>();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new PostingContext());
        var running = RunAsync(Schema(batches), "{ roots { children { children { children { id } } } } }");
        SynchronizationContext.SetSynchronizationContext(previous);
        await running;
        Assert.Equal(["children 1", "children 2,3", "children 4,5,6"], batches);
    }

    [Fact]
    public async Task Keys_are_loaded_once_per_request_and_loaders_batch_side_by_side()
    {
        var batches = new List<string>();
        await RunAsync(Schema(batches), "{ roots { children { parent { id } children { parent { id } } } } }");
        Assert.Equal(["children 1", "zones 1", "children 2,3", "zones 2,3"], batches);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_field_that_waited_for_it()
    {
        var schema = Sdl("type Query { a: Int b: Int }",
            ("Query.a", async ctx => await ctx.Loader<string, int>("l", (_, _) => throw new InvalidOperationException("db down")).LoadAsync("a")),
            ("Query.b", async ctx => await ctx.Loader<string, int>("l", (_, _) => throw new InvalidOperationException("unused")).LoadAsync("b")));
        Assert.Equal("""{"errors":[{"message":"db down","locations":[{"line":1,"column":3}],"path":["a"]},{"message":"db down","locations":[{"line":1,"column":5}],"path":["b"]}],"data":{"a":null,"b":null}}""",
            await RunAsync(schema, "{ a b }"));
    }

    [Fact]
    public async Task Keys_queued_after_other_awaits_are_still_dispatched()
    {
        var schema = Sdl("type Query { a: String b: String }",
            ("Query.a", async ctx => { await Task.Delay(10); return await ctx.Loader<string, string>("l", Upper).LoadAsync("a"); }),
            ("Query.b", async ctx => await ctx.Loader<string, string>("l", Upper).LoadAsync("b")));
        Assert.Equal("""{"data":{"a":"A","b":"B"}}""", await RunAsync(schema, "{ a b }"));
    }

    static Task<IReadOnlyDictionary<string, string>> Upper(IReadOnlyList<string> keys, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k.ToUpperInvariant()));

    [Fact]
    public async Task Outside_the_executor_queued_keys_wait_for_an_explicit_dispatch()
    {
        var loaders = new DataLoaderContext();
        var loader = loaders.GetOrAdd<int, string>("names", (ids, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(ids.ToDictionary(i => i, i => $"n{i}")));
        var (one, two, again) = (loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1));
        Assert.False(one.IsCompleted);
        await loaders.DispatchAsync();
        Assert.Equal(("n1", "n2", "n1", 1), (await one, await two, await again, loader.BatchCount));
    }
}
