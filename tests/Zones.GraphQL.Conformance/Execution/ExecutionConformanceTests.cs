using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zones.GraphQL.Execution.Limits;

namespace Zones.GraphQL.Conformance.Execution;

/// <summary>
/// Every query of <c>corpus/execution</c> through our <see cref="GraphQLService"/> and through
/// graphql-js <c>execute</c>, both with the fixture resolver: <c>data</c> must be identical (key
/// order and number formatting included) and the errors equal by message, path and locations
/// (sorted by path, since concurrent execution may record them in another order).
/// </summary>
public class ExecutionConformanceTests
{
    public static TheoryData<string> Cases => new(ExecutionCorpus.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Execution_matches_graphql_js(string name)
    {
        var testCase = ExecutionCorpus.Cases.Single(c => c.Name == name);
        var expected = Oracle.Answer(name);
        Assert.Equal((string)expected["source"]!, testCase.Query);
        var result = await Service(testCase.SchemaName).ExecuteAsync(Request(testCase));
        Assert.Equal(Canonical(expected["result"]!.AsObject()), Canonical(JsonNode.Parse(result.ToJson())!.AsObject()));
    }

    /// <summary>
    /// The same queries with every resolver completing asynchronously, so fields really run
    /// concurrently: <c>data</c> must still be graphql-js's. Errors are not compared here, since
    /// siblings of a failing non-null field now run too (graphql-js skips them when synchronous).
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Concurrent_execution_gives_the_same_data(string name)
    {
        var testCase = ExecutionCorpus.Cases.Single(c => c.Name == name);
        var expected = Oracle.Answer(name)["result"]!.AsObject();
        var result = await Service(testCase.SchemaName, async ctx => { await Task.Yield(); return await FixtureResolver.Resolve(ctx); })
            .ExecuteAsync(Request(testCase));
        Assert.Equal(expected.ContainsKey("data"), result.HasData);
        Assert.Equal(Canonical(new JsonObject { ["data"] = expected["data"]?.DeepClone() }), Canonical(new JsonObject { ["data"] = JsonNode.Parse(result.ToJson())!["data"]?.DeepClone() }));
    }

    static GraphQLRequest Request(ExecutionCorpus.Case testCase) => new()
    {
        Query = testCase.Query,
        Variables = testCase.Variables,
        OperationName = testCase.OperationName,
        RootValue = ExecutionCorpus.Load(testCase.SchemaName).Root,
    };

    static GraphQLService Service(string schemaName, Zones.GraphQL.Execution.FieldResolver? resolver = null) =>
        new(ExecutionCorpus.Load(schemaName).Schema,
            new GraphQLServiceOptions { Limits = RequestLimits.None, FieldResolver = resolver ?? FixtureResolver.Resolve });

    static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The result as indented text: errors reduced to message, path and locations and sorted, then data.</summary>
    public static string Canonical(JsonObject result)
    {
        var canonical = new JsonObject();
        if (result["errors"] is JsonArray errors)
        {
            var reduced = errors.Select(e => Reduce(e!.AsObject()))
                .OrderBy(e => e["path"]?.ToJsonString() ?? "", StringComparer.Ordinal)
                .ThenBy(e => (string)e["message"]!, StringComparer.Ordinal);
            canonical["errors"] = new JsonArray([.. reduced]);
        }
        if (result.ContainsKey("data"))
            canonical["data"] = result["data"]?.DeepClone();
        return canonical.ToJsonString(Readable);
    }

    static JsonObject Reduce(JsonObject error)
    {
        var reduced = new JsonObject { ["message"] = error["message"]!.DeepClone() };
        foreach (var key in new[] { "path", "locations" })
        {
            if (error[key] is { } value)
                reduced[key] = value.DeepClone();
        }
        return reduced;
    }
}
