using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class NoUnusedVariablesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new NoUnusedVariablesRule(ctx));

    [Fact]
    public void Uses_all_variables_is_valid() =>
        Validate("""
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """).ShouldBeValid();

    [Fact]
    public void Uses_all_variables_deeply_in_inline_fragments_is_valid() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) {
              ... on Type { field(a: $a) { field(b: $b) { ... on Type { field(c: $c) } } } }
            }
            """).ShouldBeValid();

    [Fact]
    public void Uses_all_variables_in_fragments_is_valid() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """).ShouldBeValid();

    [Fact]
    public void Variables_used_by_fragments_in_multiple_operations_are_valid() =>
        Validate("""
            query Foo($a: String) { ...FragA }
            query Bar($b: String) { ...FragB }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """).ShouldBeValid();

    [Fact]
    public void Variables_used_by_recursive_fragments_are_valid() =>
        Validate("""
            query Foo($a: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragA } }
            """).ShouldBeValid();

    [Fact]
    public void A_variable_not_used_is_reported() =>
        Validate("""
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """).ShouldHaveErrors(
            ("Variable \"$c\" is never used.", [(1, 32)]));

    [Fact]
    public void Multiple_variables_not_used_are_reported() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """).ShouldHaveErrors(
            ("Variable \"$a\" is never used in operation \"Foo\".", [(1, 11)]),
            ("Variable \"$c\" is never used in operation \"Foo\".", [(1, 35)]));

    [Fact]
    public void A_variable_not_used_in_fragments_is_reported() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field }
            """).ShouldHaveErrors(
            ("Variable \"$c\" is never used in operation \"Foo\".", [(1, 35)]));

    [Fact]
    public void A_variable_used_only_by_an_unused_fragment_is_reported() =>
        Validate("""
            query Foo($b: String) { ...FragA }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """).ShouldHaveErrors(
            ("Variable \"$b\" is never used in operation \"Foo\".", [(1, 11)]));

    [Fact]
    public void A_variable_used_by_another_operation_is_reported() =>
        Validate("""
            query Foo($b: String) { ...FragA }
            query Bar($a: String) { ...FragB }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """).ShouldHaveErrors(
            ("Variable \"$b\" is never used in operation \"Foo\".", [(1, 11)]),
            ("Variable \"$a\" is never used in operation \"Bar\".", [(2, 11)]));

    [Fact]
    public void Variables_used_in_operation_directives_count_as_used() =>
        Validate("""
            query Foo($a: String, $b: String = "x") @onQuery(x: $a) {
              field
            }
            """).ShouldHaveErrors(
            ("Variable \"$b\" is never used in operation \"Foo\".", [(1, 23)]));
}
