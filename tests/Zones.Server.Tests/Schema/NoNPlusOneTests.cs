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

    static async Task<int> CountStatementsAsync(ZonesApplication app, int first)
    {
        var count = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = _ => Interlocked.Increment(ref count),
        };
        ActivitySource.AddActivityListener(listener);
        var result = await app.ExecuteAsync(Nested, new Dictionary<string, object?> { ["first"] = first });
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
        Assert.Equal(few, many);
    }
}
