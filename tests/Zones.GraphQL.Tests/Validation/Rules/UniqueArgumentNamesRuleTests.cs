using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueArgumentNamesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new UniqueArgumentNamesRule(ctx));

    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueArgumentNamesRule(ctx));

    [Fact]
    public void No_arguments_on_a_field_is_valid() =>
        Validate("""
            {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void No_arguments_on_a_directive_is_valid() =>
        Validate("""
            {
              field @directive
            }
            """).ShouldBeValid();

    [Fact]
    public void Argument_on_a_field_is_valid() =>
        Validate("""
            {
              field(arg: "value")
            }
            """).ShouldBeValid();

    [Fact]
    public void The_same_argument_on_two_fields_is_valid() =>
        Validate("""
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """).ShouldBeValid();

    [Fact]
    public void The_same_argument_on_a_field_and_a_directive_is_valid() =>
        Validate("""
            {
              field(arg: "value") @directive(arg: "value")
            }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_field_arguments_are_valid() =>
        Validate("""
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """).ShouldBeValid();

    [Fact]
    public void A_duplicate_field_argument_is_reported() =>
        Validate("""
            {
              field(arg1: "value", arg1: "value")
            }
            """).ShouldHaveErrors(
            ("There can be only one argument named \"arg1\".", [(2, 9), (2, 24)]));

    [Fact]
    public void Many_duplicate_field_arguments_are_reported_once() =>
        Validate("""
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """).ShouldHaveErrors(
            ("There can be only one argument named \"arg1\".", [(2, 9), (2, 24), (2, 39)]));

    [Fact]
    public void A_duplicate_directive_argument_is_reported() =>
        Validate("""
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """).ShouldHaveErrors(
            ("There can be only one argument named \"arg1\".", [(2, 20), (2, 35)]));

    [Fact]
    public void Many_duplicate_directive_arguments_are_reported_in_first_seen_order() =>
        Validate("""
            {
              field @directive(b: 1, a: 1, a: 2, b: 2, a: 3)
            }
            """).ShouldHaveErrors(
            ("There can be only one argument named \"b\".", [(2, 20), (2, 38)]),
            ("There can be only one argument named \"a\".", [(2, 26), (2, 32), (2, 44)]));

    [Fact]
    public void Duplicate_directive_arguments_in_sdl_are_reported() =>
        ValidateSdl("""
            type Query @deprecated(reason: "a", reason: "b") { f: Int }
            """).ShouldHaveErrors(
            ("There can be only one argument named \"reason\".", [(1, 24), (1, 37)]));
}
