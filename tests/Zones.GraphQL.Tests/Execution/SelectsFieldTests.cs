using static Zones.GraphQL.Tests.Execution.ExecutionHarness;

namespace Zones.GraphQL.Tests.Execution;

/// <summary>ResolveContext.SelectsField: a resolver can tell whether an expensive field below it was asked for.</summary>
public class SelectsFieldTests
{
    static Zones.GraphQL.Types.Schema Schema(List<bool> answers) => Sdl(
        "type Query { rows: [Row!]! ranked: [Ranked!]! } type Ranked { row: Row! } type Row { name: String! costly: Int! }",
        ("Query.rows", ctx => { answers.Add(ctx.SelectsField("costly")); return new(new[] { new Dictionary<string, object?> { ["name"] = "a", ["costly"] = 1 } }); }),
        ("Query.ranked", ctx => { answers.Add(ctx.SelectsField("costly")); return new(Array.Empty<object>()); }));

    [Theory]
    [InlineData("{ rows { name } }", false)]
    [InlineData("{ rows { name costly } }", true)]
    [InlineData("{ rows { ... on Row { costly } } }", true)]
    [InlineData("{ rows { ...F } } fragment F on Row { name ...G } fragment G on Row { costly }", true)]
    [InlineData("{ rows { ...F } } fragment F on Row { name }", false)]
    [InlineData("{ ranked { row { costly } } }", true)]
    [InlineData("{ ranked { row { name } } }", false)]
    public async Task Tells_whether_the_field_is_selected_anywhere_below(string query, bool expected)
    {
        var answers = new List<bool>();
        await RunAsync(Schema(answers), query);
        Assert.Equal([expected], answers);
    }
}
