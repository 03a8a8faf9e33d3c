using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zones.GraphQL;
using Zones.GraphQL.Types;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.GraphQL;

/// <summary>
/// The real server pipeline with a test-only <see cref="GraphQLService"/>: a subscription root
/// (<c>tick</c> counts up, <c>forever</c> sends one event and waits), and a resolver that fails with
/// an internal message the endpoint must not leak.
/// </summary>
static class TestSchemaApplication
{
    public const string Secret = "password authentication failed for user \"zones\"";

    /// <summary>Completes when a <c>forever</c> stream has been cancelled (the client completed it).</summary>
    public static TaskCompletionSource ForeverCancelled { get; private set; } = new();

    public static WebApplicationFactory<Program> Create(string connectionString)
    {
        ForeverCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        return new ZonesApplication(connectionString).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Zones:GraphQL:ConnectionInitTimeoutSeconds", "0.5");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<GraphQLService>();
                services.AddSingleton(new GraphQLService(Schema()));
            });
        });
    }

    static Zones.GraphQL.Types.Schema Schema()
    {
        var schema = SchemaBuilder.Build("""
            type Query { hello: String boom: Int }
            type Mutation { touch: Int }
            type Subscription { tick(upTo: Int!): Int! forever: Int }
            """);
        schema.Resolve("Query.hello", _ => "世界");
        schema.Resolve("Query.boom", _ => throw new InvalidOperationException(Secret));
        schema.GetField("Subscription.tick").Subscribe = ctx => new(Ticks(ctx.Argument<int>("upTo"), ctx.CancellationToken));
        schema.Resolve("Subscription.tick", source => source);
        schema.GetField("Subscription.forever").Subscribe = ctx => new(OneThenWait(ctx.CancellationToken));
        schema.Resolve("Subscription.forever", source => source);
        return schema;
    }

    static async IAsyncEnumerable<object?> Ticks(int upTo, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var i = 1; i <= upTo; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    static async IAsyncEnumerable<object?> OneThenWait([EnumeratorCancellation] CancellationToken ct)
    {
        yield return 1;
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        finally
        {
            ForeverCancelled.TrySetResult();
        }
    }
}
