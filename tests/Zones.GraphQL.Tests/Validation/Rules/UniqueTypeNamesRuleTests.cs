using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueTypeNamesRuleTests
{
    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueTypeNamesRule(ctx));

    [Fact]
    public void No_types_is_valid() =>
        ValidateSdl("""
            directive @test on SCHEMA
            """).ShouldBeValid();

    [Fact]
    public void One_type_is_valid() =>
        ValidateSdl("""
            type Foo
            """).ShouldBeValid();

    [Fact]
    public void Many_types_are_valid() =>
        ValidateSdl("""
            type Foo
            type Bar
            type Baz
            """).ShouldBeValid();

    [Fact]
    public void Types_and_extensions_are_valid() =>
        ValidateSdl("""
            type Foo
            extend type Foo { f: Int }
            """).ShouldBeValid();

    [Fact]
    public void Types_named_the_same_are_reported() =>
        ValidateSdl("""
            type Foo

            scalar Foo
            type Foo
            interface Foo
            union Foo
            enum Foo
            input Foo
            """).ShouldHaveErrors(
            ("There can be only one type named \"Foo\".", [(1, 6), (3, 8)]),
            ("There can be only one type named \"Foo\".", [(1, 6), (4, 6)]),
            ("There can be only one type named \"Foo\".", [(1, 6), (5, 11)]),
            ("There can be only one type named \"Foo\".", [(1, 6), (6, 7)]),
            ("There can be only one type named \"Foo\".", [(1, 6), (7, 6)]),
            ("There can be only one type named \"Foo\".", [(1, 6), (8, 7)]));
}
