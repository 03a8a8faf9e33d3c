using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class ValuesOfCorrectTypeRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new ValuesOfCorrectTypeRule(ctx));

    static ValidationAssert ValidateHidingSuggestions(string query) =>
        ValidationHarness.ValidateHidingSuggestions(query, ctx => new ValuesOfCorrectTypeRule(ctx));

    [Fact]
    public void Good_int_value_is_valid() =>
        Validate("""
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Good_negative_int_value_is_valid() =>
        Validate("""
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Good_boolean_value_is_valid() =>
        Validate("""
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Good_string_value_is_valid() =>
        Validate("""
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Good_float_values_are_valid() =>
        Validate("""
            {
              complicatedArgs {
                a: floatArgField(floatArg: 1.1)
                b: floatArgField(floatArg: -1.1)
                c: floatArgField(floatArg: 1)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Int_and_string_into_id_are_valid() =>
        Validate("""
            {
              complicatedArgs {
                a: idArgField(idArg: 1)
                b: idArgField(idArg: "someIdString")
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Good_enum_value_is_valid() =>
        Validate("""
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Null_into_nullable_types_is_valid() =>
        Validate("""
            {
              complicatedArgs {
                intArgField(intArg: null)
              }
              dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
                name
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Invalid_string_values_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                a: stringArgField(stringArg: 1)
                b: stringArgField(stringArg: 1.0)
                c: stringArgField(stringArg: true)
                d: stringArgField(stringArg: BAR)
              }
            }
            """).ShouldHaveErrors(
            ("String cannot represent a non string value: 1", [(3, 34)]),
            ("String cannot represent a non string value: 1.0", [(4, 34)]),
            ("String cannot represent a non string value: true", [(5, 34)]),
            ("String cannot represent a non string value: BAR", [(6, 34)]));

    [Fact]
    public void Invalid_int_values_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                a: intArgField(intArg: "3")
                b: intArgField(intArg: 829384293849283498239482938)
                c: intArgField(intArg: FOO)
                d: intArgField(intArg: 3.0)
                e: intArgField(intArg: 3.333)
              }
            }
            """).ShouldHaveErrors(
            ("Int cannot represent non-integer value: \"3\"", [(3, 28)]),
            ("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", [(4, 28)]),
            ("Int cannot represent non-integer value: FOO", [(5, 28)]),
            ("Int cannot represent non-integer value: 3.0", [(6, 28)]),
            ("Int cannot represent non-integer value: 3.333", [(7, 28)]));

    [Fact]
    public void Invalid_float_values_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                a: floatArgField(floatArg: "3.333")
                b: floatArgField(floatArg: true)
                c: floatArgField(floatArg: FOO)
              }
            }
            """).ShouldHaveErrors(
            ("Float cannot represent non numeric value: \"3.333\"", [(3, 32)]),
            ("Float cannot represent non numeric value: true", [(4, 32)]),
            ("Float cannot represent non numeric value: FOO", [(5, 32)]));

    [Fact]
    public void Invalid_boolean_values_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                a: booleanArgField(booleanArg: 2)
                b: booleanArgField(booleanArg: 1.0)
                c: booleanArgField(booleanArg: "true")
                d: booleanArgField(booleanArg: TRUE)
              }
            }
            """).ShouldHaveErrors(
            ("Boolean cannot represent a non boolean value: 2", [(3, 36)]),
            ("Boolean cannot represent a non boolean value: 1.0", [(4, 36)]),
            ("Boolean cannot represent a non boolean value: \"true\"", [(5, 36)]),
            ("Boolean cannot represent a non boolean value: TRUE", [(6, 36)]));

    [Fact]
    public void Invalid_id_values_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                a: idArgField(idArg: 1.0)
                b: idArgField(idArg: true)
                c: idArgField(idArg: SOMETHING)
              }
            }
            """).ShouldHaveErrors(
            ("ID cannot represent a non-string and non-integer value: 1.0", [(3, 26)]),
            ("ID cannot represent a non-string and non-integer value: true", [(4, 26)]),
            ("ID cannot represent a non-string and non-integer value: SOMETHING", [(5, 26)]));

    [Fact]
    public void Invalid_enum_values_are_reported_with_suggestions() =>
        Validate("""
            {
              dog {
                a: doesKnowCommand(dogCommand: 2)
                b: doesKnowCommand(dogCommand: 1.0)
                c: doesKnowCommand(dogCommand: "SIT")
                d: doesKnowCommand(dogCommand: true)
                e: doesKnowCommand(dogCommand: JUGGLE)
                f: doesKnowCommand(dogCommand: sit)
              }
            }
            """).ShouldHaveErrors(
            ("Enum \"DogCommand\" cannot represent non-enum value: 2.", [(3, 36)]),
            ("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", [(4, 36)]),
            ("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", [(5, 36)]),
            ("Enum \"DogCommand\" cannot represent non-enum value: true.", [(6, 36)]),
            ("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", [(7, 36)]),
            ("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", [(8, 36)]));

    [Fact]
    public void Valid_list_values_are_valid() =>
        Validate("""
            {
              complicatedArgs {
                a: stringListArgField(stringListArg: ["one", null, "two"])
                b: stringListArgField(stringListArg: [])
                c: stringListArgField(stringListArg: null)
                d: stringListArgField(stringListArg: "one")
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Invalid_list_values_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                a: stringListArgField(stringListArg: ["one", 2])
                b: stringListArgField(stringListArg: 1)
                c: stringListNonNullArgField(stringListNonNullArg: ["one", null])
              }
            }
            """).ShouldHaveErrors(
            ("String cannot represent a non string value: 2", [(3, 50)]),
            ("String cannot represent a non string value: 1", [(4, 42)]),
            ("Expected value of type \"String!\", found null.", [(5, 64)]));

    [Fact]
    public void Valid_non_nullable_values_are_valid() =>
        Validate("""
            {
              complicatedArgs {
                a: multipleReqs(req1: 1, req2: 2)
                b: multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
                c: nonNullFieldWithDefault(arg: 2)
              }
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Null_into_non_null_arguments_is_reported() =>
        Validate("""
            {
              complicatedArgs {
                multipleReqs(req1: null)
              }
            }
            """).ShouldHaveErrors(
            ("Expected value of type \"Int!\", found null.", [(3, 24)]));

    [Fact]
    public void Incorrect_values_into_non_null_arguments_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                multipleReqs(req2: "two", req1: "one")
              }
            }
            """).ShouldHaveErrors(
            ("Int cannot represent non-integer value: \"two\"", [(3, 24)]),
            ("Int cannot represent non-integer value: \"one\"", [(3, 37)]));

    [Fact]
    public void Valid_input_objects_are_valid() =>
        Validate("""
            {
              complicatedArgs {
                a: complexArgField(complexArg: { requiredField: true })
                b: complexArgField(complexArg: { requiredField: false, intField: 4 })
                c: complexArgField(complexArg: {
                  requiredField: true,
                  nonNullField: false,
                  stringListField: ["one", "two"],
                  booleanField: false,
                  stringField: null,
                })
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Missing_required_input_fields_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """).ShouldHaveErrors(
            ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", [(3, 33)]));

    [Fact]
    public void Wrong_input_field_types_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """).ShouldHaveErrors(
            ("String cannot represent a non string value: 2", [(4, 32)]));

    [Fact]
    public void Unknown_input_fields_are_reported_with_suggestions() =>
        Validate("""
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                  stringFeild: "x"
                })
              }
            }
            """).ShouldHaveErrors(
            ("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", [(5, 7)]),
            ("Field \"stringFeild\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", [(6, 7)]));

    [Fact]
    public void Objects_at_scalar_positions_and_scalars_at_object_positions_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                a: intArgField(intArg: {a: 1})
                b: complexArgField(complexArg: 1)
                c: complexArgField(complexArg: [{requiredField: true}])
                d: intArgField(intArg: [1, {a: 1}])
              }
            }
            """).ShouldHaveErrors(
            ("Int cannot represent non-integer value: {a: 1}", [(3, 28)]),
            ("Expected value of type \"ComplexInput\", found 1.", [(4, 36)]),
            ("Expected value of type \"ComplexInput\", found [{requiredField: true}].", [(5, 36)]),
            ("Int cannot represent non-integer value: [1, {a: 1}]", [(6, 28)]));

    [Fact]
    public void Directive_arguments_are_checked() =>
        Validate("""
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
              cat @include(if: "yes") @skip(if: ENUM) {
                name
              }
            }
            """).ShouldHaveErrors(
            ("Boolean cannot represent a non boolean value: \"yes\"", [(8, 20)]),
            ("Boolean cannot represent a non boolean value: ENUM", [(8, 37)]));

    [Fact]
    public void Variable_default_values_are_checked() =>
        Validate("""
            query WithDefaultValues(
              $a: Int = 1,
              $b: String = "ok",
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = 123
              $e: Int = "one"
              $f: String = 4
              $g: ComplexInput = "NotVeryComplex"
              $h: Int! = null
              $i: ComplexInput = { requiredField: true, intField: "three" }
              $j: [String] = ["one", 2]
            ) {
              dog { name }
            }
            """).ShouldHaveErrors(
            ("Int cannot represent non-integer value: \"one\"", [(6, 13)]),
            ("String cannot represent a non string value: 4", [(7, 16)]),
            ("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", [(8, 22)]),
            ("Expected value of type \"Int!\", found null.", [(9, 14)]),
            ("Int cannot represent non-integer value: \"three\"", [(10, 55)]),
            ("String cannot represent a non string value: 2", [(11, 26)]));

    [Fact]
    public void Unknown_variable_types_are_not_checked() =>
        Validate("""
            query ($a: Unknown = {x: 1}, $b: [Unknown] = [1, "2"]) {
              dog { name }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_one_of_input_with_one_field_is_valid() =>
        Validate("""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_one_of_input_with_a_variable_field_is_valid() =>
        Validate("""
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_one_of_input_with_two_fields_is_reported() =>
        Validate("""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """).ShouldHaveErrors(
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(3, 29)]));

    [Fact]
    public void A_one_of_input_with_a_null_field_is_reported() =>
        Validate("""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """).ShouldHaveErrors(
            ("Field \"OneOfInput.stringField\" must be non-null.", [(3, 29)]));

    [Fact]
    public void A_one_of_input_with_no_field_is_reported() =>
        Validate("""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: {})
              }
            }
            """).ShouldHaveErrors(
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(3, 29)]));

    [Fact]
    public void A_one_of_input_with_a_null_and_a_variable_field_is_reported() =>
        Validate("""
            query ($var: Int) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null, intField: $var })
              }
            }
            """).ShouldHaveErrors(
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(3, 29)]));

    [Fact]
    public void A_one_of_input_with_a_repeated_field_counts_one_key() =>
        Validate("""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "a", stringField: null })
              }
            }
            """).ShouldHaveErrors(
            ("Field \"OneOfInput.stringField\" must be non-null.", [(3, 29)]));

    [Fact]
    public void Suggestions_can_be_hidden() =>
        ValidateHidingSuggestions("""
            {
              dog { doesKnowCommand(dogCommand: sit) }
              complicatedArgs { complexArgField(complexArg: { requiredField: true, intFeld: 1 }) }
            }
            """).ShouldHaveErrors(
            ("Value \"sit\" does not exist in \"DogCommand\" enum.", [(2, 37)]),
            ("Field \"intFeld\" is not defined by type \"ComplexInput\".", [(3, 72)]));
}
