using System.Text.Json.Nodes;

namespace Zones.GraphQL.Conformance;

/// <summary>
/// Our engine's answer for a case in the oracle's shape — <c>{ printed }</c> or
/// <c>{ error: { message, locations } }</c> — and a readable form of either answer for assertions.
/// </summary>
public static class Answer
{
    /// <summary>Runs <paramref name="run"/> and captures its text or its error.</summary>
    public static JsonObject Of(Func<string> run)
    {
        try
        {
            return new JsonObject { ["printed"] = run() };
        }
        catch (GraphQLError error)
        {
            return Error(error.Message, error.Locations ?? []);
        }
        catch (InvalidOperationException error)
        {
            return Error(error.Message, []);
        }
    }

    static JsonObject Error(string message, IReadOnlyList<SourceLocation> locations)
    {
        var array = new JsonArray(locations.Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["column"] = l.Column }).ToArray());
        return new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["locations"] = array } };
    }

    /// <summary>The answer without its source, as text, so a failure shows a clear diff.</summary>
    public static string Describe(JsonObject answer) =>
        answer["printed"] is { } printed
            ? "printed:\n" + (string)printed!
            : "error: " + answer["error"]!.ToJsonString();

    /// <summary>Asserts that graphql-js read the same source and gave the same answer.</summary>
    public static void AssertMatches(CorpusCase testCase, JsonObject ours)
    {
        var expected = Oracle.Answer(testCase.Name);
        Assert.Equal(JsonStrings.Read(expected["source"]!), testCase.Source);
        Assert.Equal(Describe(expected), Describe(ours));
    }
}
