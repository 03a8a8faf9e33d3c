using System.Text.Json;
using Zones.GraphQL.Types;
using static Zones.GraphQL.Tests.Execution.ExecutionHarness;

namespace Zones.GraphQL.Tests;

public class GraphQLServiceTests
{
    static readonly Schema Schema = SchemaBuilder.Build("type Query { hello(name: String = \"world\"): String }")
        .Resolve("Query.hello", (_, args, _) => new($"hello {args["name"]}"));

    [Fact]
    public async Task A_syntax_error_is_returned_without_data() =>
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found \"}\".","locations":[{"line":1,"column":3}]}]}""",
            await RunAsync(Schema, "{ }"));

    [Fact]
    public async Task Validation_errors_stop_the_request() =>
        Assert.Equal("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""",
            await RunAsync(Schema, "{ nope }", options: new GraphQLServiceOptions()));

    [Fact]
    public async Task The_validation_step_can_be_replaced() =>
        Assert.Equal("""{"errors":[{"message":"custom"}]}""",
            await RunAsync(Schema, "{ hello }", options: new GraphQLServiceOptions { Validate = (_, _) => [new GraphQLError("custom")] }));

    [Fact]
    public async Task A_json_request_body_with_variables_and_an_operation_name_runs()
    {
        using var body = JsonDocument.Parse("""{"query":"query A { x: hello } query B($n: String) { hello(name: $n) }","variables":{"n":"zones"},"operationName":"B"}""");
        var result = await new GraphQLService(Schema).ExecuteAsync(GraphQLRequest.FromJson(body.RootElement));
        Assert.Equal("""{"data":{"hello":"hello zones"}}""", result.ToJson());
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":"{ a }","variables":[1]}""")]
    public void A_body_that_is_not_a_graphql_request_is_rejected(string json)
    {
        using var body = JsonDocument.Parse(json);
        Assert.Throws<FormatException>(() => GraphQLRequest.FromJson(body.RootElement));
    }
}
