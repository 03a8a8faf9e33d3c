using Zones.GraphQL.Conformance.Validation;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Conformance.Types;

/// <summary>
/// Every SDL document of <c>corpus/schema-validation</c> built without SDL validation and checked by
/// our <see cref="SchemaValidator"/> and by graphql-js <c>validateSchema</c>: the same messages and
/// locations, in the same order.
/// </summary>
public class SchemaValidationConformanceTests
{
    public static TheoryData<string> Cases => Corpus.Names("schema-validation");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_validation_matches_graphql_js(string name)
    {
        var testCase = Corpus.Case("schema-validation", name);
        var expected = Oracle.Answer(name);
        Assert.Equal(JsonStrings.Read(expected["source"]!), testCase.Source);
        var ours = ValidationConformanceTests.Answer(() => SchemaValidator.Validate(SchemaBuilder.Build(testCase.Source)));
        Assert.Equal(ValidationConformanceTests.Describe(expected), ValidationConformanceTests.Describe(ours));
    }
}
