using Zones.GraphQL.Language;
using Zones.GraphQL.Validation;

namespace Zones.GraphQL.Conformance.Validation;

/// <summary>
/// Every SDL document of <c>corpus/sdl-validation</c> through our <see cref="SdlValidator"/> and
/// graphql-js <c>validateSDL</c>: the same errors in the same order, messages and locations.
/// </summary>
public class SdlValidationConformanceTests
{
    public static TheoryData<string> Cases => Corpus.Names("sdl-validation");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sdl_validation_errors_match_graphql_js(string name)
    {
        var testCase = Corpus.Case("sdl-validation", name);
        var expected = Oracle.Answer(name);
        Assert.Equal(JsonStrings.Read(expected["source"]!), testCase.Source);
        var ours = ValidationConformanceTests.Answer(() => SdlValidator.Validate(Parser.Parse(testCase.Source)));
        Assert.Equal(ValidationConformanceTests.Describe(expected), ValidationConformanceTests.Describe(ours));
    }
}
