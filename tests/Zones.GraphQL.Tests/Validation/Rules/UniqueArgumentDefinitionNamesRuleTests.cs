using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueArgumentDefinitionNamesRuleTests
{
    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueArgumentDefinitionNamesRule(ctx));

    [Fact]
    public void No_args_is_valid() =>
        ValidateSdl("""
            type SomeObject {
              someField: String
            }

            directive @someDirective on QUERY
            """).ShouldBeValid();

    [Fact]
    public void Unique_args_are_valid() =>
        ValidateSdl("""
            type SomeObject {
              someField(
                foo: String
                bar: String
              ): String
            }

            extend interface SomeInterface {
              someField(foo: String, bar: String): String
            }

            directive @someDirective(foo: String, bar: String) on QUERY
            """).ShouldBeValid();

    [Fact]
    public void Duplicate_args_are_reported() =>
        ValidateSdl("""
            type SomeObject {
              someField(
                foo: String
                bar: String
                foo: String
              ): String
            }

            extend type SomeObject {
              anotherField(foo: String, foo: String): String
            }

            interface SomeInterface {
              someField(foo: String, bar: String, foo: String): String
            }

            extend interface SomeInterface {
              anotherField(foo: String, foo: String): String
            }

            directive @someDirective(foo: String, bar: String, foo: String, foo: Int) on QUERY
            """).ShouldHaveErrors(
            ("Argument \"SomeObject.someField(foo:)\" can only be defined once.", [(3, 5), (5, 5)]),
            ("Argument \"SomeObject.anotherField(foo:)\" can only be defined once.", [(10, 16), (10, 29)]),
            ("Argument \"SomeInterface.someField(foo:)\" can only be defined once.", [(14, 13), (14, 39)]),
            ("Argument \"SomeInterface.anotherField(foo:)\" can only be defined once.", [(18, 16), (18, 29)]),
            ("Argument \"@someDirective(foo:)\" can only be defined once.", [(21, 26), (21, 52), (21, 65)]));
}
