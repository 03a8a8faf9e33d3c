using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueDirectiveNamesRuleTests
{
    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueDirectiveNamesRule(ctx));

    [Fact]
    public void No_directives_is_valid() =>
        ValidateSdl("""
            type Foo
            """).ShouldBeValid();

    [Fact]
    public void Unique_directives_are_valid() =>
        ValidateSdl("""
            directive @foo on SCHEMA
            directive @bar on SCHEMA
            """).ShouldBeValid();

    [Fact]
    public void A_directive_and_a_type_may_share_a_name() =>
        ValidateSdl("""
            type foo

            directive @foo on SCHEMA
            """).ShouldBeValid();

    [Fact]
    public void Directives_named_the_same_are_reported() =>
        ValidateSdl("""
            directive @foo on SCHEMA

            directive @foo on SCHEMA
            directive @foo on QUERY
            """).ShouldHaveErrors(
            ("There can be only one directive named \"@foo\".", [(1, 12), (3, 12)]),
            ("There can be only one directive named \"@foo\".", [(1, 12), (4, 12)]));
}
