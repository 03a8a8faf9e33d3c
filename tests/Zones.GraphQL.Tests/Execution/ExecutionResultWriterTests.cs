using Zones.GraphQL.Execution;

namespace Zones.GraphQL.Tests.Execution;

public class ExecutionResultWriterTests
{
    [Fact]
    public void Errors_come_before_data_and_members_follow_graphql_js_order()
    {
        var error = new GraphQLError("boom", path: ["a", 0], extensions: new Dictionary<string, object?> { ["code"] = "X" });
        var result = new ExecutionResult(new Dictionary<string, object?> { ["a"] = null }, [error]);
        Assert.Equal("""{"errors":[{"message":"boom","path":["a",0],"extensions":{"code":"X"}}],"data":{"a":null}}""", result.ToJson());
    }

    [Fact]
    public void Numbers_are_written_as_javascript_prints_them() =>
        Assert.Equal("""{"data":{"n":[1,1.5,1e+21,-0.000001,null,3000000000]}}""",
            new ExecutionResult(new Dictionary<string, object?> { ["n"] = new object?[] { 1.0, 1.5, 1e21, -1e-6, double.NaN, 3_000_000_000L } }, []).ToJson());

    [Fact]
    public void A_request_error_result_has_no_data_member() =>
        Assert.Equal("""{"errors":[{"message":"Must provide an operation."}]}""", ExecutionResult.FromErrors([new GraphQLError("Must provide an operation.")]).ToJson());
}
