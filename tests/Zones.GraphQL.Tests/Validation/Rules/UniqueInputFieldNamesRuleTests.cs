using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueInputFieldNamesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new UniqueInputFieldNamesRule(ctx));

    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueInputFieldNamesRule(ctx));

    [Fact]
    public void An_input_object_with_fields_is_valid() =>
        Validate("""
            {
              field(arg: { f: true })
            }
            """).ShouldBeValid();

    [Fact]
    public void Same_input_object_within_two_args_is_valid() =>
        Validate("""
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_input_object_fields_are_valid() =>
        Validate("""
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """).ShouldBeValid();

    [Fact]
    public void Nested_input_objects_with_similar_fields_are_valid() =>
        Validate("""
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """).ShouldBeValid();

    [Fact]
    public void A_duplicate_input_object_field_is_reported() =>
        Validate("""
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """).ShouldHaveErrors(
            ("There can be only one input field named \"f1\".", [(2, 16), (2, 29)]));

    [Fact]
    public void Many_duplicate_input_object_fields_are_reported_against_the_first() =>
        Validate("""
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """).ShouldHaveErrors(
            ("There can be only one input field named \"f1\".", [(2, 16), (2, 29)]),
            ("There can be only one input field named \"f1\".", [(2, 16), (2, 42)]));

    [Fact]
    public void A_nested_duplicate_input_object_field_is_reported() =>
        Validate("""
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """).ShouldHaveErrors(
            ("There can be only one input field named \"f2\".", [(2, 21), (2, 34)]));

    [Fact]
    public void Duplicates_in_lists_and_directives_are_reported() =>
        Validate("""
            query ($v: In = {a: 1, a: 2}) {
              field(arg: [{a: 1}, {a: 1, a: 2}]) @skip(if: {x: 1, x: 2})
            }
            """).ShouldHaveErrors(
            ("There can be only one input field named \"a\".", [(1, 18), (1, 24)]),
            ("There can be only one input field named \"a\".", [(2, 24), (2, 30)]),
            ("There can be only one input field named \"x\".", [(2, 49), (2, 55)]));

    [Fact]
    public void Duplicate_input_fields_in_sdl_are_reported() =>
        ValidateSdl("""
            directive @d(arg: In) on OBJECT
            type Query @d(arg: {a: 1, a: 2}) { f(x: In = {b: 1, b: 2}): Int }
            """).ShouldHaveErrors(
            ("There can be only one input field named \"a\".", [(2, 21), (2, 27)]),
            ("There can be only one input field named \"b\".", [(2, 47), (2, 53)]));
}
