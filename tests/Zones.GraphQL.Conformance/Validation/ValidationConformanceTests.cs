using System.Text.Json.Nodes;
using Zones.GraphQL.Language;
using Zones.GraphQL.Validation;

namespace Zones.GraphQL.Conformance.Validation;

/// <summary>
/// Every document of <c>corpus/validation</c> validated with all specified rules by us and by
/// graphql-js <c>validate</c>: the same errors, in the same order, with the same messages and
/// locations (or the same error thrown).
/// </summary>
public class ValidationConformanceTests
{
    public static TheoryData<string> Cases => new(ValidationCorpus.Cases.Select(c => c.Case.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validation_errors_match_graphql_js(string name)
    {
        var (schemaName, testCase) = ValidationCorpus.Cases.Single(c => c.Case.Name == name);
        var expected = Oracle.Answer(name);
        Assert.Equal(JsonStrings.Read(expected["source"]!), testCase.Source);
        Assert.Equal(Describe(expected), Describe(Answer(() => Validator.Validate(ValidationCorpus.Schema(schemaName), Parser.Parse(testCase.Source)))));
    }

    [Fact]
    public void The_validation_corpus_has_valid_and_invalid_documents_for_every_rule()
    {
        var tables = ValidationCorpus.Cases
            .Where(c => c.SchemaName == "harness" && c.Case.Name.Count(ch => ch == '/') == 3)
            .GroupBy(c => c.Case.Name.Split('/')[2])
            .ToList();
        Assert.True(tables.Count >= SpecifiedRules.All.Count, $"only {tables.Count} rule tables");
        foreach (var table in tables)
        {
            var errorCounts = table.Select(c => Oracle.Answer(c.Case.Name)["errors"]?.AsArray().Count ?? -1).ToList();
            Assert.True(errorCounts.Contains(0) && errorCounts.Any(n => n > 0), $"{table.Key} needs valid and invalid documents");
        }
    }

    /// <summary>Our answer in the oracle's shape: <c>{ errors }</c>, or <c>{ error }</c> when <paramref name="validate"/> throws.</summary>
    public static JsonObject Answer(Func<IReadOnlyList<GraphQLError>> validate)
    {
        try
        {
            return new JsonObject { ["errors"] = new JsonArray([.. validate().Select(Reduce)]) };
        }
        catch (GraphQLError error)
        {
            return new JsonObject { ["error"] = Reduce(error) };
        }
    }

    static JsonObject Reduce(GraphQLError error) => new()
    {
        ["message"] = error.Message,
        ["locations"] = new JsonArray([.. (error.Locations ?? []).Select(l => new JsonObject { ["line"] = l.Line, ["column"] = l.Column })]),
    };

    /// <summary>One line per error, so a failure shows both lists in full.</summary>
    public static string Describe(JsonObject answer) =>
        answer["errors"] is JsonArray errors
            ? string.Join("\n", errors.Select(e => DescribeError(e!.AsObject())))
            : "throws " + DescribeError(answer["error"]!.AsObject());

    static string DescribeError(JsonObject error) =>
        $"{(string)error["message"]!} @ [{string.Join(", ", error["locations"]!.AsArray().Select(l => $"{l!["line"]}:{l["column"]}"))}]";
}
