using System.Diagnostics;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// Issue #4 §8: the number of SQL statements of a nested query grows with its depth, not with the
/// number of rows. Statements are counted from Npgsql's own tracing (one activity per command).
/// </summary>
[Collection(PostgisCollection.Name)]
public class NoNPlusOneTests(PostgisFixture pg)
{
    const string Nested = """
        query($first: Int) { zones(first: $first) { edges { node { name parent { name }
          children { name owners { ownerName owner { ... on Person { name unit { name } } ... on Unit { name } } } }
          responsibleOwner { ownerName } } } } }
        """;

    // Shops (issue #13 §6): owners, 属地兜底, road and the complaints within the frontage, each batched.
    const string NestedShops = """
        query($first: Int) { shops(first: $first) { edges { node { name frontageLengthM road { name }
          owners { ownerName } responsibleOwner { ownerName } complaints(open: true) { caseNumber } } } } }
        """;

    static readonly ActivitySource Tests = new("Zones.Tests.NoNPlusOne");

    // Only statements in this query's own trace count: other test classes run in parallel.
    static Task<int> CountStatementsAsync(ZonesApplication app, int first) => CountStatementsAsync(app, Nested, first);

    /// <summary>The statements one run of <paramref name="query"/> (variable <c>$first</c>) sends to PostgreSQL.</summary>
    internal static async Task<int> CountStatementsAsync(ZonesApplication app, string query, int first)
    {
        var count = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql" or "Zones.Tests.NoNPlusOne",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
        using var root = Tests.StartActivity("nested query")!;
        listener.ActivityStarted = a => { if (a.Source.Name == "Npgsql" && a.TraceId == root.TraceId) Interlocked.Increment(ref count); };
        var result = await app.ExecuteAsync(query, new Dictionary<string, object?> { ["first"] = first });
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return count;
    }

    [Fact]
    public async Task Statements_do_not_grow_with_the_number_of_zones()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await CountStatementsAsync(app, 1); // warm-up: schema build and first connection
        var few = await CountStatementsAsync(app, 2);
        var many = await CountStatementsAsync(app, 25);
        Assert.True(few > 0, "no statement was traced: is Npgsql tracing on?");
        // An N+1 query would run at least one statement per zone (25 more). A batch can split in two
        // when its keys arrive from different threads (an engine limitation), hence the small margin.
        Assert.InRange(many, few - 2, few + 2);
    }

    [Fact]
    public async Task Statements_do_not_grow_with_the_number_of_shops()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await CountStatementsAsync(app, NestedShops, 1);
        var few = await CountStatementsAsync(app, NestedShops, 2);
        var many = await CountStatementsAsync(app, NestedShops, 24);
        Assert.InRange(many, few - 2, few + 2);
    }
}
