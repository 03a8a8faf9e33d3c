using Zones.GraphQL.Execution.Limits;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Tests.Execution.Limits;

/// <summary>A field's declared cost (<see cref="FieldBuilder.Cost"/>) in the request cost limit.</summary>
public class FieldCostTests
{
    sealed class Calls
    {
        public int Count;
    }

    // report: an expensive root field (cost 400); Zone.summary an expensive field under a list (cost 100).
    static Schema Build(Calls calls, bool withCosts = true)
    {
        var zone = new ObjectType("Zone", t =>
        {
            t.Field("id", "ID", _ => "1");
            var summary = t.Field("summary", "String", _ => { Interlocked.Increment(ref calls.Count); return "s"; });
            if (withCosts)
                summary.Cost(100);
        });
        var query = new ObjectType("Query", t =>
        {
            var report = t.Field("report", "[String]", _ => { Interlocked.Increment(ref calls.Count); return new[] { "r" }; })
                .Description("An expensive aggregate.");
            if (withCosts)
                report.Cost(400);
            t.Field("zones", "[Zone]", _ => new[] { new object() }).Argument("first", "Int");
        });
        return new Schema(query, types: [zone]);
    }

    static Task<string> RunAsync(Schema schema, string query, long maxCost) =>
        ExecutionHarness.RunAsync(schema, query, options: new GraphQLServiceOptions { Limits = RequestLimits.None with { MaxCost = maxCost } });

    [Fact]
    public async Task Aliases_of_a_costly_field_are_refused_before_any_resolver_runs_and_the_message_names_the_field()
    {
        var calls = new Calls();

        var json = await RunAsync(Build(calls), "{ a: report b: report c: report }", 1000);

        Assert.Equal("""{"errors":[{"message":"The operation's estimated cost is 1200, more than the cost limit of 1000. Each field costs 1 times the sizes of the lists above it (first/last/limit argument, else 10); some fields declare a higher cost: Query.report 3 × 400. Ask for fewer of those per request (split them over several requests), fewer items or fewer nested lists, or raise RequestLimits.MaxCost.","locations":[{"line":1,"column":1}],"extensions":{"code":"LIMIT_EXCEEDED"}}]}""",
            json);
        Assert.Equal(0, calls.Count);
    }

    // zones(first: 5) costs 1, its 5 items × (id 1 + summary 100) = 505; report 400.
    [Fact]
    public async Task A_declared_cost_is_multiplied_by_the_lists_above_it_and_the_heaviest_share_is_named_first()
    {
        var json = await RunAsync(Build(new Calls()), "{ zones(first: 5) { id summary } report }", 900);

        Assert.Contains("estimated cost is 906, more than the cost limit of 900.", json);
        Assert.Contains("some fields declare a higher cost: Zone.summary 5 × 100, Query.report 1 × 400.", json);
    }

    [Fact]
    public async Task Costly_fields_within_the_limit_run()
    {
        var calls = new Calls();

        var json = await RunAsync(Build(calls), "{ a: report b: report }", 1000);

        Assert.Equal("""{"data":{"a":["r"],"b":["r"]}}""", json);
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public async Task Without_declared_costs_every_field_costs_one_and_the_message_names_no_fields()
    {
        var json = await RunAsync(Build(new Calls(), withCosts: false), "{ zones(first: 50) { id summary } }", 100);

        Assert.Contains("The operation's estimated cost is 101, more than the cost limit of 100. Each field costs 1 times the sizes of the lists above it (first/last/limit argument, else 10); ask for fewer items or fewer nested lists, or raise RequestLimits.MaxCost.", json);
    }

    [Fact]
    public void The_measure_reports_the_costly_fields_with_how_often_the_response_may_hold_them()
    {
        var schema = Build(new Calls());
        var document = Zones.GraphQL.Language.Parser.Parse(new Zones.GraphQL.Language.Source(
            "{ zones { ...Z } x: report } fragment Z on Zone { summary again: summary }"));
        var operation = document.Definitions.OfType<Zones.GraphQL.Language.Ast.OperationDefinitionNode>().Single();

        var measure = OperationMeasure.Of(schema, document, operation, null, new RequestLimits());

        Assert.Equal(1 + 10 * 200 + 400, measure.Cost);
        Assert.Equal([new OperationMeasure.WeightedField("Zone.summary", 100, 20), new OperationMeasure.WeightedField("Query.report", 400, 1)],
                     measure.WeightedFields);
    }

    [Fact]
    public void Introspection_and_the_printed_schema_do_not_show_the_cost() =>
        Assert.Equal(SchemaPrinter.Print(Build(new Calls(), withCosts: false)), SchemaPrinter.Print(Build(new Calls())));

    [Fact]
    public async Task Introspecting_a_costly_field_answers_as_for_any_field() =>
        Assert.Equal("""{"data":{"__type":{"fields":[{"name":"report","description":"An expensive aggregate."},{"name":"zones","description":null}]}}}""",
            await RunAsync(Build(new Calls()), """{ __type(name: "Query") { fields { name description } } }""", 1));

    [Fact]
    public void A_negative_cost_is_refused_when_declared() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Schema(new ObjectType("Query", t => t.Field("x", "Int").Cost(-1))).Query!.Fields);
}
