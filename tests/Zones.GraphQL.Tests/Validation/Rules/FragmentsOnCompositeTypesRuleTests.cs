using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class FragmentsOnCompositeTypesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new FragmentsOnCompositeTypesRule(ctx));

    [Fact]
    public void A_fragment_on_an_object_is_valid() =>
        Validate("""
            fragment validFragment on Dog {
              barks
            }
            """).ShouldBeValid();

    [Fact]
    public void A_fragment_on_an_interface_is_valid() =>
        Validate("""
            fragment validFragment on Pet {
              name
            }
            """).ShouldBeValid();

    [Fact]
    public void An_inline_fragment_on_an_object_is_valid() =>
        Validate("""
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void An_inline_fragment_without_type_condition_is_valid() =>
        Validate("""
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_fragment_on_a_union_is_valid() =>
        Validate("""
            fragment validFragment on CatOrDog {
              __typename
            }
            """).ShouldBeValid();

    [Fact]
    public void An_unknown_type_is_left_to_other_rules() =>
        Validate("""
            fragment f on Unknown { x }
            """).ShouldBeValid();

    [Fact]
    public void A_fragment_on_a_scalar_is_reported() =>
        Validate("""
            fragment scalarFragment on Boolean {
              bad
            }
            """).ShouldHaveErrors(
            ("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", [(1, 28)]));

    [Fact]
    public void A_fragment_on_an_enum_is_reported() =>
        Validate("""
            fragment scalarFragment on FurColor {
              bad
            }
            """).ShouldHaveErrors(
            ("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", [(1, 28)]));

    [Fact]
    public void A_fragment_on_an_input_object_is_reported() =>
        Validate("""
            fragment inputFragment on ComplexInput {
              stringField
            }
            """).ShouldHaveErrors(
            ("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", [(1, 27)]));

    [Fact]
    public void An_inline_fragment_on_a_scalar_is_reported() =>
        Validate("""
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """).ShouldHaveErrors(
            ("Fragment cannot condition on non composite type \"String\".", [(2, 10)]));
}
