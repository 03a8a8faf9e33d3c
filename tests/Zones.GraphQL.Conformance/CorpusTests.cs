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
        var ours = Corpus.Cases("parse").Concat(Corpus.Cases("schema")).Concat(Corpus.Cases("schema-validation")).Select(c => c.Name)
            .Concat(Execution.ExecutionCorpus.Cases.Select(c => c.Name))
            .Concat(Execution.ExecutionCorpus.SchemaNames.Select(n => $"introspection/{n}"))
            .Concat(Validation.ValidationCorpus.Cases.Select(c => c.Case.Name))
            .Concat(Corpus.Cases("sdl-validation").Select(c => c.Name))
            .Order(StringComparer.Ordinal);
        Assert.Equal(ours, Oracle.CaseNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_execution_corpus_has_at_least_150_queries() =>
        Assert.True(Execution.ExecutionCorpus.Cases.Count >= 150, $"only {Execution.ExecutionCorpus.Cases.Count} execution cases");

    // Invalid documents belong to the validation corpus; execution cases must pass graphql-js validation.
    [Fact]
    public void Every_execution_case_is_a_valid_document_for_graphql_js()
    {
        var invalid = Execution.ExecutionCorpus.Cases
            .Where(c => Oracle.Answer(c.Name)["validationErrors"]!.AsArray().Count > 0)
            .Select(c => c.Name + ": " + Oracle.Answer(c.Name)["validationErrors"]!.ToJsonString());
        Assert.Empty(invalid);
    }

    [Fact]
    public void The_validation_corpus_has_at_least_250_documents() =>
        Assert.True(Validation.ValidationCorpus.Cases.Count >= 250, $"only {Validation.ValidationCorpus.Cases.Count} validation cases");

    [Fact]
    public void The_parse_corpus_has_at_least_150_documents() =>
        Assert.True(Corpus.Cases("parse").Count >= 150, $"only {Corpus.Cases("parse").Count} parse cases");
}
