using System.Text.Json.Nodes;
using Zones.GraphQL.Conformance.Execution;
using Zones.GraphQL.Execution.Limits;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Conformance.Introspection;

/// <summary>
/// For every schema of the corpus that graphql-js builds and finds valid (the execution schemas and
/// the <c>schema</c> kind's documents): graphql-js's full introspection query run by our engine must
/// give exactly graphql-js's data, and <c>printSchema(buildClientSchema(ours))</c> in graphql-js must
/// equal <c>printSchema(buildSchema(sdl))</c>.
/// </summary>
public class IntrospectionConformanceTests
{
    static readonly Lazy<JsonObject> RoundTrips = new(() =>
        Oracle.RoundTrip(Rows().ToDictionary(name => name, name => Ours(name)["data"]!)));

    /// <summary>Case names whose schema graphql-js builds and validates.</summary>
    static IEnumerable<string> Rows() =>
        ExecutionCorpus.SchemaNames.Select(n => $"introspection/{n}")
            .Concat(Corpus.Cases("schema").Select(c => c.Name).Where(n => Oracle.Answer(n)["introspection"] is not null));

    public static TheoryData<string> Cases => new(Rows());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Introspection_data_matches_graphql_js(string name)
    {
        var expected = new JsonObject { ["data"] = Oracle.Answer(name)["introspection"]!.DeepClone() };
        Assert.Equal(ExecutionConformanceTests.Canonical(expected), ExecutionConformanceTests.Canonical(Ours(name)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_printed_from_our_introspection_matches_graphql_js(string name) =>
        Assert.Equal(Answer.Describe(Oracle.Answer(name)), Answer.Describe(RoundTrips.Value[name]!.AsObject()));

    static JsonObject Ours(string name)
    {
        var sdl = JsonStrings.Read(Oracle.Answer(name)["source"]!);
        var service = new GraphQLService(SchemaBuilder.Build(sdl), new GraphQLServiceOptions { Limits = RequestLimits.None });
        var result = service.ExecuteAsync(new GraphQLRequest { Query = Oracle.IntrospectionQuery }).GetAwaiter().GetResult();
        return JsonNode.Parse(result.ToJson())!.AsObject();
    }
}
