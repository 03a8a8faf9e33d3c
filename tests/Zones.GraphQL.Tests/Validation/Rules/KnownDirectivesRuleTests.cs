using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class KnownDirectivesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new KnownDirectivesRule(ctx));

    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new KnownDirectivesRule(ctx));

    [Fact]
    public void No_directives_is_valid() =>
        Validate("""
            query Foo {
              name
              ...Frag
            }

            fragment Frag on Dog {
              name
            }
            """).ShouldBeValid();

    [Fact]
    public void Known_directives_are_valid() =>
        Validate("""
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Unknown_directives_are_reported() =>
        Validate("""
            {
              dog @unknown(directive: "value") {
                name
              }
            }
            """).ShouldHaveErrors(
            ("Unknown directive \"@unknown\".", [(2, 7)]));

    [Fact]
    public void Many_unknown_directives_are_reported() =>
        Validate("""
            {
              __typename @unknown
              human @unknown {
                pets @unknown {
                  name
                }
              }
            }
            """).ShouldHaveErrors(
            ("Unknown directive \"@unknown\".", [(2, 14)]),
            ("Unknown directive \"@unknown\".", [(3, 9)]),
            ("Unknown directive \"@unknown\".", [(4, 10)]));

    [Fact]
    public void Well_placed_directives_are_valid() =>
        Validate("""
            query ($var: Boolean @onVariableDefinition) @onQuery {
              name @include(if: $var)
              ...Frag @include(if: true)
              skippedField @skip(if: true)
              ...SkippedFrag @skip(if: true)

              ... @skip(if: true) {
                skippedField
              }
            }

            mutation @onMutation {
              someField
            }

            subscription @onSubscription {
              someField
            }

            fragment Frag on SomeType @onFragmentDefinition {
              someField
            }
            """).ShouldBeValid();

    [Fact]
    public void Misplaced_directives_are_reported() =>
        Validate("""
            query ($var: Boolean @onQuery) @onMutation {
              name @onQuery @include(if: $var)
              ...Frag @onQuery
              ... @onQuery {
                skippedField
              }
            }

            mutation @onQuery {
              someField
            }

            subscription @onQuery {
              someField
            }

            fragment Frag on SomeType @onQuery {
              someField
            }
            """).ShouldHaveErrors(
            ("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", [(1, 22)]),
            ("Directive \"@onMutation\" may not be used on QUERY.", [(1, 32)]),
            ("Directive \"@onQuery\" may not be used on FIELD.", [(2, 8)]),
            ("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", [(3, 11)]),
            ("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", [(4, 7)]),
            ("Directive \"@onQuery\" may not be used on MUTATION.", [(9, 10)]),
            ("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", [(13, 14)]),
            ("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", [(17, 27)]));

    [Fact]
    public void Directives_defined_in_sdl_are_known_there() =>
        Validate("""
            directive @myDirective(arg: String) on OBJECT | ARGUMENT_DEFINITION

            type TypeA @myDirective {
              field(arg: Int @myDirective @deprecated): String @myDirective
            }

            input InputA @onField {
              field: Int @myDirective
            }

            extend schema @myDirective
            scalar S @specifiedBy(url: "x") @onFragmentSpread
            enum E { A @deprecated B @myDirective }
            union U @myDirective = TypeA
            interface I @unknownSdl { f: Int }
            """).ShouldHaveErrors(
            ("Directive \"@myDirective\" may not be used on FIELD_DEFINITION.", [(4, 52)]),
            ("Directive \"@onField\" may not be used on INPUT_OBJECT.", [(7, 14)]),
            ("Directive \"@myDirective\" may not be used on INPUT_FIELD_DEFINITION.", [(8, 14)]),
            ("Directive \"@myDirective\" may not be used on SCHEMA.", [(11, 15)]),
            ("Directive \"@onFragmentSpread\" may not be used on SCALAR.", [(12, 33)]),
            ("Directive \"@myDirective\" may not be used on ENUM_VALUE.", [(13, 26)]),
            ("Directive \"@myDirective\" may not be used on UNION.", [(14, 9)]),
            ("Unknown directive \"@unknownSdl\".", [(15, 13)]));

    [Fact]
    public void Directives_in_sdl_are_checked_against_the_specified_directives() =>
        ValidateSdl("""
            directive @myDirective(arg: String @deprecated @myDirective) on OBJECT | ARGUMENT_DEFINITION
            type Query @myDirective @include(if: true) { f(a: Int @myDirective @onField): String @deprecated @unknown }
            schema @myDirective { query: Query }
            """).ShouldHaveErrors(
            ("Directive \"@include\" may not be used on OBJECT.", [(2, 25)]),
            ("Unknown directive \"@onField\".", [(2, 68)]),
            ("Unknown directive \"@unknown\".", [(2, 98)]),
            ("Directive \"@myDirective\" may not be used on SCHEMA.", [(3, 8)]));
}
