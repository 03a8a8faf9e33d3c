using Zones.GraphQL.Types;

namespace Zones.GraphQL.Conformance.Types;

/// <summary>
/// Every SDL document of <c>corpus/schema</c> built and printed by us and by graphql-js
/// (<c>printSchema(buildSchema(sdl))</c>): the printed schemas must be identical, and so must any
/// error (e.g. a default value graphql-js cannot print).
/// </summary>
public class SchemaConformanceTests
{
    public static TheoryData<string> Cases => Corpus.Names("schema");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_and_print_schema_match_graphql_js(string name)
    {
        var testCase = Corpus.Case("schema", name);
        Answer.AssertMatches(testCase, Answer.Of(() => SchemaPrinter.Print(SchemaBuilder.Build(testCase.Source))));
    }
}
