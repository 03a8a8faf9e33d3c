using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class VariablesInAllowedPositionRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new VariablesInAllowedPositionRule(ctx));

    [Fact]
    public void Boolean_into_boolean_is_valid() =>
        Validate("""
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Boolean_into_boolean_within_a_fragment_is_valid() =>
        Validate("""
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Non_null_boolean_into_boolean_is_valid() =>
        Validate("""
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void String_list_into_string_list_and_non_null_item_lists_are_valid() =>
        Validate("""
            query Query($a: [String], $b: [String!], $c: [String!]!)
            {
              complicatedArgs {
                a: stringListArgField(stringListArg: $a)
                b: stringListArgField(stringListArg: $b)
                c: stringListNonNullArgField(stringListNonNullArg: $c)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void String_into_a_list_item_position_is_valid() =>
        Validate("""
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Complex_input_into_complex_input_and_in_fields_is_valid() =>
        Validate("""
            query Query($complexVar: ComplexInput, $boolVar: Boolean = false)
            {
              complicatedArgs {
                complexArgField(complexArg: $complexVar)
                other: complexArgField(complexArg: {requiredField: $boolVar})
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Non_null_boolean_into_a_non_null_directive_argument_is_valid() =>
        Validate("""
            query Query($boolVar: Boolean!)
            {
              dog @include(if: $boolVar)
            }
            """).ShouldBeValid();

    [Fact]
    public void Int_into_non_null_int_is_reported() =>
        Validate("""
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """).ShouldHaveErrors(
            ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(1, 13), (3, 39)]));

    [Fact]
    public void Int_into_non_null_int_within_nested_fragments_is_reported() =>
        Validate("""
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }

            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """).ShouldHaveErrors(
            ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(9, 13), (6, 37)]));

    [Fact]
    public void String_over_boolean_is_reported() =>
        Validate("""
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """).ShouldHaveErrors(
            ("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", [(1, 13), (3, 33)]));

    [Fact]
    public void String_into_a_string_list_is_reported() =>
        Validate("""
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """).ShouldHaveErrors(
            ("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", [(1, 13), (3, 39)]));

    [Fact]
    public void Boolean_into_a_non_null_directive_argument_is_reported() =>
        Validate("""
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """).ShouldHaveErrors(
            ("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", [(1, 13), (2, 20)]));

    [Fact]
    public void String_into_a_non_null_boolean_directive_argument_is_reported() =>
        Validate("""
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """).ShouldHaveErrors(
            ("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", [(1, 13), (2, 20)]));

    [Fact]
    public void A_list_with_nullable_items_into_a_list_of_non_null_items_is_reported() =>
        Validate("""
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """).ShouldHaveErrors(
            ("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", [(1, 13), (4, 53)]));

    [Fact]
    public void Int_into_non_null_int_with_a_null_default_is_reported() =>
        Validate("""
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """).ShouldHaveErrors(
            ("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", [(1, 13), (3, 39)]));

    [Fact]
    public void Int_into_non_null_int_with_a_non_null_default_is_valid() =>
        Validate("""
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Int_into_a_non_null_argument_with_a_default_is_valid() =>
        Validate("""
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Boolean_with_a_default_into_a_non_null_directive_argument_is_valid() =>
        Validate("""
            query Query($boolVar: Boolean = false) {
              dog @include(if: $boolVar)
            }
            """).ShouldBeValid();

    [Fact]
    public void A_nullable_variable_in_a_one_of_field_is_reported() =>
        Validate("""
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """).ShouldHaveErrors(
            ("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", [(1, 8), (3, 44)]));

    [Fact]
    public void A_non_null_variable_in_a_one_of_field_is_valid() =>
        Validate("""
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_wrong_typed_nullable_variable_in_a_one_of_field_gets_both_errors() =>
        Validate("""
            query ($int: Int) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $int })
              }
            }
            """).ShouldHaveErrors(
            ("Variable \"$int\" of type \"Int\" used in position expecting type \"String\".", [(1, 8), (3, 44)]),
            ("Variable \"$int\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", [(1, 8), (3, 44)]));

    [Fact]
    public void Undefined_variables_and_unknown_positions_are_ignored() =>
        Validate("""
            query ($a: Int) {
              complicatedArgs {
                intArgField(intArg: $undefined)
                unknownField(arg: $a)
              }
            }
            """).ShouldBeValid();
}
