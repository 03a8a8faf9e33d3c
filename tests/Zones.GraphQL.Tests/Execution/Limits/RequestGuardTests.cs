using Zones.GraphQL.Execution.Limits;
using Zones.GraphQL.Types;
using static Zones.GraphQL.Tests.Execution.ExecutionHarness;

namespace Zones.GraphQL.Tests.Execution.Limits;

public class RequestGuardTests
{
    static readonly Schema Schema = SchemaBuilder.Build("type Query { zones(first: Int): [Zone] zone: Zone } type Zone { id: ID children(first: Int): [Zone] parent: Zone }");

    static Task<string> RunAsync(string query, RequestLimits limits, string? variables = null) =>
        ExecutionHarness.RunAsync(Schema, query, variables, options: new GraphQLServiceOptions { Limits = limits });

    [Fact]
    public async Task A_document_above_the_byte_limit_is_refused() =>
        Assert.Equal("""{"errors":[{"message":"The document is 29 bytes, more than the limit of 20 bytes. Send a shorter document, or raise RequestLimits.MaxDocumentBytes.","extensions":{"code":"LIMIT_EXCEEDED"}}]}""",
            await RunAsync("{ zone { id parent { id } } }", RequestLimits.None with { MaxDocumentBytes = 20 }));

    [Fact]
    public async Task A_document_above_the_token_limit_reports_its_real_token_count() =>
        Assert.Equal("""{"errors":[{"message":"The document has 10 tokens, more than the limit of 5. Ask for fewer fields or split the request, or raise RequestLimits.MaxTokens.","extensions":{"code":"LIMIT_EXCEEDED"}}]}""",
            await RunAsync("{ zone { id parent { id } } }", RequestLimits.None with { MaxTokens = 5 }));

    [Fact]
    public async Task A_deep_operation_is_refused_and_fragments_count_where_spread() =>
        Assert.Equal("""{"errors":[{"message":"The operation is 4 levels deep, more than the limit of 3. Nest fewer selections, or raise RequestLimits.MaxDepth.","locations":[{"line":1,"column":1}],"extensions":{"code":"LIMIT_EXCEEDED"}}]}""",
            await RunAsync("query Q { zone { parent { ...P } } } fragment P on Zone { parent { id } }", RequestLimits.None with { MaxDepth = 3 }));

    [Fact]
    public async Task Introspection_fields_do_not_count_towards_depth() =>
        Assert.Equal("""{"data":{"zone":null,"__schema":{"queryType":{"fields":[{"type":{"ofType":{"name":"Zone"}}},{"type":{"ofType":null}}]}}}}""",
            await RunAsync("{ zone { id } __schema { queryType { fields { type { ofType { name } } } } } }", RequestLimits.None with { MaxDepth = 2 }));

    [Fact]
    public async Task Too_many_aliases_are_refused() =>
        Assert.Equal("""{"errors":[{"message":"The operation uses 4 aliases, more than the limit of 2. Use fewer aliases, or raise RequestLimits.MaxAliases.","locations":[{"line":1,"column":1}],"extensions":{"code":"LIMIT_EXCEEDED"}}]}""",
            await RunAsync("{ a: zone { id } b: zone { id } c: zone { i: id } }", RequestLimits.None with { MaxAliases = 2 }));

    // zones(first: 100) costs 1, its 100 items × (id + children) cost 200, each children list 10 × 100 × 1 id = 1000.
    [Fact]
    public async Task The_cost_multiplies_by_list_sizes_from_arguments_variables_and_the_default() =>
        Assert.Equal("""{"errors":[{"message":"The operation's estimated cost is 1201, more than the cost limit of 1000. Each field costs 1 times the sizes of the lists above it (first/last/limit argument, else 10); ask for fewer items or fewer nested lists, or raise RequestLimits.MaxCost.","locations":[{"line":1,"column":1}],"extensions":{"code":"LIMIT_EXCEEDED"}}]}""",
            await RunAsync("query ($n: Int) { zones(first: $n) { id children { id } } }", RequestLimits.None with { MaxCost = 1000 }, """{"n":100}"""));

    [Fact]
    public async Task Requests_within_the_limits_run() =>
        Assert.Equal("""{"data":{"zones":null}}""", await RunAsync("{ zones(first: 5) { id children(first: 2) { id } } }", new RequestLimits()));

    [Fact]
    public async Task Disabled_introspection_reports_every_field_of_an_introspection_type() =>
        Assert.Equal("""{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".","locations":[{"line":1,"column":14}]},{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"queryType\".","locations":[{"line":1,"column":25}]},{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"__type\".","locations":[{"line":1,"column":58}]}]}""",
            await ExecutionHarness.RunAsync(Schema, """{ __typename __schema { queryType { name } } zone { id } __type(name: "Zone") { name } }""",
                options: new GraphQLServiceOptions { Limits = RequestLimits.None, IntrospectionEnabled = false }));
}
