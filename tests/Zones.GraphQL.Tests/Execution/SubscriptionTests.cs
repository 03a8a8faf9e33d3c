using System.Runtime.CompilerServices;
using Zones.GraphQL.Execution.Limits;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Tests.Execution;

public class SubscriptionTests
{
    sealed record Changed(int Id, string Name);

    static async IAsyncEnumerable<object?> Events(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return new Changed(i, $"zone {i}");
        }
    }

    static GraphQLService Service()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int } type Subscription { zoneChanged(upTo: Int!): Zone broken: Zone } type Zone { id: Int name: String! }");
        schema.GetField("Subscription.zoneChanged").Subscribe = ctx => new(Events(ctx.Argument<int>("upTo"), ctx.CancellationToken));
        // As in graphql-js, the event is the root value and the field still resolves on it.
        schema.Resolve("Subscription.zoneChanged", ctx => new(ctx.Source));
        schema.GetField("Subscription.broken").Subscribe = _ => throw new InvalidOperationException("no stream");
        return new GraphQLService(schema, new GraphQLServiceOptions { Limits = RequestLimits.None });
    }

    static async Task<List<string>> CollectAsync(string query)
    {
        var results = new List<string>();
        await foreach (var result in Service().SubscribeAsync(new GraphQLRequest { Query = query }))
            results.Add(result.ToJson());
        return results;
    }

    [Fact]
    public async Task Each_source_event_is_executed_as_the_root_value() =>
        Assert.Equal(["""{"data":{"zoneChanged":{"id":1,"name":"zone 1"}}}""", """{"data":{"zoneChanged":{"id":2,"name":"zone 2"}}}"""],
            await CollectAsync("subscription { zoneChanged(upTo: 2) { id name } }"));

    [Fact]
    public async Task A_subscribe_resolver_that_throws_yields_one_error_result() =>
        Assert.Equal(["""{"errors":[{"message":"no stream","locations":[{"line":1,"column":16}],"path":["broken"]}]}"""],
            await CollectAsync("subscription { broken { id } }"));

    [Fact]
    public async Task Request_errors_yield_one_result_without_data() =>
        Assert.Equal(["""{"errors":[{"message":"Variable \"$n\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":15}]}]}"""],
            await CollectAsync("subscription ($n: Int!) { zoneChanged(upTo: $n) { id } }"));

    [Fact]
    public async Task A_query_without_a_subscription_root_is_reported()
    {
        var service = new GraphQLService(SchemaBuilder.Build("type Query { a: Int }"));
        var results = new List<string>();
        await foreach (var result in service.SubscribeAsync(new GraphQLRequest { Query = "subscription { a }" }))
            results.Add(result.ToJson());
        Assert.Equal(["""{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}]}]}"""], results);
    }
}
