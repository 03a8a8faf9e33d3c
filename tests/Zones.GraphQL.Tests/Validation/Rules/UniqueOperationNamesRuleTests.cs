using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueOperationNamesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new UniqueOperationNamesRule(ctx));

    [Fact]
    public void No_operations_is_valid() =>
        Validate("""
            fragment fragA on Type {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void One_anonymous_operation_is_valid() =>
        Validate("""
            {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void One_named_operation_is_valid() =>
        Validate("""
            query Foo {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_operations_with_different_names_are_valid() =>
        Validate("""
            query Foo {
              field
            }

            query Bar {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void Operations_of_different_types_with_different_names_are_valid() =>
        Validate("""
            query Foo {
              field
            }

            mutation Bar {
              field
            }

            subscription Baz {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void A_fragment_and_an_operation_may_share_a_name() =>
        Validate("""
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void Two_operations_with_the_same_name_are_reported() =>
        Validate("""
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """).ShouldHaveErrors(
            ("There can be only one operation named \"Foo\".", [(1, 7), (4, 7)]));

    [Fact]
    public void A_query_and_a_mutation_with_the_same_name_are_reported() =>
        Validate("""
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """).ShouldHaveErrors(
            ("There can be only one operation named \"Foo\".", [(1, 7), (4, 10)]));

    [Fact]
    public void A_query_and_a_subscription_with_the_same_name_are_reported() =>
        Validate("""
            query Foo {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """).ShouldHaveErrors(
            ("There can be only one operation named \"Foo\".", [(1, 7), (4, 14)]));

    [Fact]
    public void Each_repeat_is_reported_against_the_first() =>
        Validate("""
            query Foo { a }
            query Foo { b }
            query Foo { c }
            """).ShouldHaveErrors(
            ("There can be only one operation named \"Foo\".", [(1, 7), (2, 7)]),
            ("There can be only one operation named \"Foo\".", [(1, 7), (3, 7)]));
}
