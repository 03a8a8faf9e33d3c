using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class NoUndefinedVariablesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new NoUndefinedVariablesRule(ctx));

    [Fact]
    public void All_variables_defined_are_valid() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """).ShouldBeValid();

    [Fact]
    public void All_variables_deeply_defined_are_valid() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void All_variables_deeply_in_inline_fragments_defined_are_valid() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) {
              ... on Type {
                field(a: $a) {
                  field(b: $b) {
                    ... on Type {
                      field(c: $c)
                    }
                  }
                }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void All_variables_in_fragments_deeply_defined_are_valid() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """).ShouldBeValid();

    [Fact]
    public void Variables_within_a_single_fragment_defined_in_multiple_operations_are_valid() =>
        Validate("""
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """).ShouldBeValid();

    [Fact]
    public void Variables_within_recursive_fragments_defined_are_valid() =>
        Validate("""
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_variable_not_defined_is_reported() =>
        Validate("""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """).ShouldHaveErrors(
            ("Variable \"$d\" is not defined by operation \"Foo\".", [(2, 33), (1, 1)]));

    [Fact]
    public void A_variable_not_defined_by_an_anonymous_query_is_reported() =>
        Validate("""
            {
              field(a: $a)
            }
            """).ShouldHaveErrors(
            ("Variable \"$a\" is not defined.", [(2, 12), (1, 1)]));

    [Fact]
    public void Multiple_variables_not_defined_are_reported() =>
        Validate("""
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """).ShouldHaveErrors(
            ("Variable \"$a\" is not defined by operation \"Foo\".", [(2, 12), (1, 1)]),
            ("Variable \"$c\" is not defined by operation \"Foo\".", [(2, 26), (1, 1)]));

    [Fact]
    public void A_variable_in_a_fragment_not_defined_by_an_anonymous_query_is_reported() =>
        Validate("""
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """).ShouldHaveErrors(
            ("Variable \"$a\" is not defined.", [(5, 12), (1, 1)]));

    [Fact]
    public void A_variable_in_a_fragment_used_by_another_operation_is_reported() =>
        Validate("""
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """).ShouldHaveErrors(
            ("Variable \"$a\" is not defined by operation \"Foo\".", [(8, 12), (1, 1)]),
            ("Variable \"$b\" is not defined by operation \"Bar\".", [(11, 12), (4, 1)]));

    [Fact]
    public void Multiple_undefined_variables_produce_multiple_errors() =>
        Validate("""
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
              field3(a: $a, b: $b)
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """).ShouldHaveErrors(
            ("Variable \"$a\" is not defined by operation \"Foo\".", [(8, 13), (1, 1)]),
            ("Variable \"$a\" is not defined by operation \"Foo\".", [(10, 13), (1, 1)]),
            ("Variable \"$c\" is not defined by operation \"Foo\".", [(13, 13), (1, 1)]),
            ("Variable \"$b\" is not defined by operation \"Bar\".", [(8, 20), (4, 1)]),
            ("Variable \"$b\" is not defined by operation \"Bar\".", [(10, 20), (4, 1)]),
            ("Variable \"$c\" is not defined by operation \"Bar\".", [(13, 13), (4, 1)]));

    [Fact]
    public void Variables_in_directives_and_nested_values_are_found() =>
        Validate("""
            query Foo {
              field(obj: {list: [$a, {b: $b}]}) @include(if: $c)
            }
            """).ShouldHaveErrors(
            ("Variable \"$a\" is not defined by operation \"Foo\".", [(2, 22), (1, 1)]),
            ("Variable \"$b\" is not defined by operation \"Foo\".", [(2, 30), (1, 1)]),
            ("Variable \"$c\" is not defined by operation \"Foo\".", [(2, 50), (1, 1)]));

    [Fact]
    public void Variables_in_variable_default_values_are_not_uses() =>
        Validate("""
            query Foo($a: String = "x") {
              field(a: $a)
            }
            """).ShouldBeValid();
}
