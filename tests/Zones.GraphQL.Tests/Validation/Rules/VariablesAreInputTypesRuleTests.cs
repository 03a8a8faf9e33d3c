using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class VariablesAreInputTypesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new VariablesAreInputTypesRule(ctx));

    [Fact]
    public void Unknown_types_are_left_to_other_rules() =>
        Validate("""
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """).ShouldBeValid();

    [Fact]
    public void Input_types_are_valid() =>
        Validate("""
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
              field(a: $a, b: $b, c: $c)
            }
            """).ShouldBeValid();

    [Fact]
    public void Output_types_are_reported() =>
        Validate("""
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """).ShouldHaveErrors(
            ("Variable \"$a\" cannot be non-input type \"Dog\".", [(1, 15)]),
            ("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", [(1, 24)]),
            ("Variable \"$c\" cannot be non-input type \"Pet\".", [(1, 44)]));
}
