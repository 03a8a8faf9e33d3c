namespace Zones.GraphQL.Conformance;

/// <summary>Guards on the corpus itself, so cases cannot silently go unchecked.</summary>
public class CorpusTests
{
    [Fact]
    public void The_oracle_is_the_pinned_graphql_js()
    {
        var package = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus.Root, "package.json")))!;
        Assert.Equal((string)package["dependencies"]!["graphql"]!, Oracle.GraphQLVersion);
    }

    [Fact]
    public void Graphql_js_answered_exactly_the_cases_we_run()
    {
        var ours = Corpus.Cases("parse").Concat(Corpus.Cases("schema")).Select(c => c.Name).Order(StringComparer.Ordinal);
        Assert.Equal(ours, Oracle.CaseNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_parse_corpus_has_at_least_150_documents() =>
        Assert.True(Corpus.Cases("parse").Count >= 150, $"only {Corpus.Cases("parse").Count} parse cases");
}
