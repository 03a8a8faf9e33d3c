using System.Text.Json.Nodes;
using Zones.GraphQL.Language;

namespace Zones.GraphQL.Conformance.Parse;

/// <summary>
/// Every document of <c>corpus/parse</c> through our parser and printer and through graphql-js:
/// a valid document must print identically (and our printed text must parse back to the same AST);
/// an invalid one must fail with the same message at the same line and column.
/// </summary>
public class ParseConformanceTests
{
    public static TheoryData<string> Cases => Corpus.Names("parse");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_and_print_match_graphql_js(string name)
    {
        var testCase = Corpus.Case("parse", name);
        Answer.AssertMatches(testCase, Answer.Of(() => Printer.Print(Parser.Parse(testCase.Source, OptionsOf(testCase.Options)))));
    }

    [Fact]
    public void Our_printed_text_parses_back_to_the_same_ast()
    {
        var options = new ParseOptions { NoLocation = true };
        foreach (var testCase in Corpus.Cases("parse").Where(c => Oracle.Answer(c.Name).ContainsKey("printed")))
        {
            var ast = Parser.Parse(testCase.Source, options);
            Assert.True(ast.Equals(Parser.Parse(Printer.Print(ast), options)), $"round trip of {testCase.Name}");
        }
    }

    static ParseOptions OptionsOf(JsonObject options) => new()
    {
        NoLocation = (bool?)options["noLocation"] ?? false,
        MaxTokens = (int?)options["maxTokens"],
        MaxComments = (int?)options["maxComments"],
    };
}
