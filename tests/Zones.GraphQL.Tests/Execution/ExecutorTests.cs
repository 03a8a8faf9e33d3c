using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using static Zones.GraphQL.Tests.Execution.ExecutionHarness;

namespace Zones.GraphQL.Tests.Execution;

public class ExecutorTests
{
    sealed record Zone(string Id, string Name, Zone? Parent = null);

    [Fact]
    public async Task The_default_resolver_reads_properties_of_records_and_dictionary_entries()
    {
        var schema = SchemaBuilder.Build("type Query { zone: Zone map: Zone } type Zone { id: ID! name: String parent: Zone }");
        var root = new Dictionary<string, object?> { ["zone"] = new Zone("2", "b", new Zone("1", "a")), ["map"] = new Dictionary<string, object?> { ["id"] = 3 } };
        Assert.Equal("""{"data":{"zone":{"id":"2","parent":{"name":"a"}},"map":{"id":"3","name":null}}}""",
            await RunAsync(schema, "{ zone { id parent { name } } map { id name } }", root: root));
    }

    [Fact]
    public async Task Query_fields_run_concurrently_and_keep_selection_order()
    {
        var released = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        // "first" waits for "second": this finishes only if both resolvers run at the same time.
        var schema = Sdl("type Query { first: String second: String }",
            ("Query.first", async _ => await released.Task),
            ("Query.second", async _ => { await Task.Yield(); released.SetResult("go"); return "done"; }));
        Assert.Equal("""{"data":{"first":"go","second":"done"}}""", await RunAsync(schema, "{ first second }"));
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_the_other()
    {
        var log = new List<string>();
        FieldResolver Step(string name, int delay) => async _ => { log.Add("start " + name); await Task.Delay(delay); log.Add("end " + name); return name; };
        var schema = Sdl("type Query { a: String } type Mutation { slow: String fast: String }",
            ("Mutation.slow", Step("slow", 30)), ("Mutation.fast", Step("fast", 0)));
        Assert.Equal("""{"data":{"slow":"slow","fast":"fast"}}""", await RunAsync(schema, "mutation { slow fast }"));
        Assert.Equal(["start slow", "end slow", "start fast", "end fast"], log);
    }

    [Fact]
    public async Task An_async_error_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var schema = Sdl("type Query { zone: Zone other: Int } type Zone { id: ID! name: String! }",
            ("Query.zone", _ => new(new Zone("1", "a"))),
            ("Zone.name", async _ => { await Task.Yield(); throw new InvalidOperationException("no name"); }));
        Assert.Equal("""{"errors":[{"message":"no name","locations":[{"line":1,"column":13}],"path":["zone","name"]}],"data":{"zone":null,"other":null}}""",
            await RunAsync(schema, "{ zone { id name } other }"));
    }

    [Fact]
    public async Task List_item_errors_carry_the_item_index_in_their_path()
    {
        var schema = Sdl("type Query { ids: [Int!] }", ("Query.ids", _ => new(new object?[] { 1, null, 3 })));
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Query.ids.","locations":[{"line":1,"column":3}],"path":["ids",1]}],"data":{"ids":null}}""",
            await RunAsync(schema, "{ ids }"));
    }

    [Fact]
    public async Task Cancellation_stops_the_request_instead_of_becoming_a_field_error()
    {
        using var cts = new CancellationTokenSource();
        var schema = Sdl("type Query { slow: String }", ("Query.slow", async ctx => { await cts.CancelAsync(); await Task.Delay(1000, ctx.CancellationToken); return "late"; }));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(schema, "{ slow }", ct: cts.Token));
    }

    [Fact]
    public async Task Arguments_variables_and_the_context_reach_resolvers()
    {
        var schema = Sdl("type Query { greet(name: String!, times: Int = 2): String }",
            ("Query.greet", ctx => new($"{ctx.UserContext}: " + string.Concat(Enumerable.Repeat(ctx.Argument<string>("name"), ctx.Argument<int>("times"))))));
        Assert.Equal("""{"data":{"greet":"ctx: abab"}}""",
            await RunAsync(schema, "query ($n: String!) { greet(name: $n) }", """{"n":"ab"}""", context: "ctx"));
    }

    [Fact]
    public async Task Tasks_returned_where_values_are_expected_are_awaited()
    {
        var schema = new Schema(new ObjectType("Query", t =>
        {
            t.Field("zone", "Zone", _ => Task.FromResult(new Zone("1", "a")));
            t.Field("names", "[String]", _ => new[] { Task.FromResult("x"), Task.Run(async () => { await Task.Delay(1); return "y"; }) });
            t.Field("done", "String", _ => Task.CompletedTask);
        }), types: [new ObjectType("Zone", t => t.Field("name", "String"))]);
        Assert.Equal("""{"data":{"zone":{"name":"a"},"names":["x","y"],"done":null}}""", await RunAsync(schema, "{ zone { name } names done }"));
    }

    [Fact]
    public async Task A_value_its_type_does_not_recognise_is_a_field_error()
    {
        var zone = new ObjectType("Zone", t => { t.IsTypeOf<Zone>(); t.Field("id", "ID"); });
        var query = new ObjectType("Query", t => t.Field("zone", zone, _ => "not a zone"));
        Assert.Equal("""{"errors":[{"message":"Expected value of type \"Zone\" but got: \"not a zone\".","locations":[{"line":1,"column":3}],"path":["zone"]}],"data":{"zone":null}}""",
            await RunAsync(new Schema(query), "{ zone { id } }"));
    }

    [Fact]
    public async Task Resolve_type_answers_are_checked_against_the_schema()
    {
        var node = new InterfaceType("Node", t => { t.Field("id", "ID"); t.ResolveType((_, _) => "Query"); });
        var query = new ObjectType("Query", t => t.Field("node", node, _ => new object()));
        Assert.Equal("""{"errors":[{"message":"Runtime Object type \"Query\" is not a possible type for \"Node\".","locations":[{"line":1,"column":3}],"path":["node"]}],"data":{"node":null}}""",
            await RunAsync(new Schema(query), "{ node { id } }"));
    }

    enum ZoneKind { Park, SchoolDistrict }

    [Fact]
    public async Task Enum_arguments_of_an_sdl_schema_convert_to_csharp_enums_and_back()
    {
        var schema = Sdl("type Query { same(k: Kind!): Kind } enum Kind { PARK SCHOOL_DISTRICT }",
            ("Query.same", ctx => new(ctx.Argument<ZoneKind>("k"))));
        Assert.Equal("""{"data":{"same":"SCHOOL_DISTRICT"}}""", await RunAsync(schema, "{ same(k: SCHOOL_DISTRICT) }"));
    }

    [Fact]
    public async Task An_invalid_schema_is_refused_with_its_errors()
    {
        var schema = SchemaBuilder.Build("type Query { a: In } input In { x: Int }");
        Assert.Equal("""{"errors":[{"message":"The type of Query.a must be Output Type but got: In.","locations":[{"line":1,"column":17}]}]}""",
            await RunAsync(schema, "{ a }"));
    }
}
