using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class LoneAnonymousOperationRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new LoneAnonymousOperationRule(ctx));

    [Fact]
    public void No_operations_is_valid() =>
        Validate("""
            fragment fragA on Type { field }
            """).ShouldBeValid();

    [Fact]
    public void One_anonymous_operation_is_valid() =>
        Validate("""
            { field }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_named_operations_are_valid() =>
        Validate("""
            query Foo { field }
            query Bar { field }
            """).ShouldBeValid();

    [Fact]
    public void An_anonymous_operation_with_fragments_is_valid() =>
        Validate("""
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void Two_anonymous_operations_are_both_reported() =>
        Validate("""
            {
              fieldA
            }
            {
              fieldB
            }
            """).ShouldHaveErrors(
            ("This anonymous operation must be the only defined operation.", [(1, 1)]),
            ("This anonymous operation must be the only defined operation.", [(4, 1)]));

    [Fact]
    public void An_anonymous_operation_with_a_mutation_is_reported() =>
        Validate("""
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """).ShouldHaveErrors(
            ("This anonymous operation must be the only defined operation.", [(1, 1)]));

    [Fact]
    public void An_anonymous_operation_with_a_subscription_is_reported() =>
        Validate("""
            {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """).ShouldHaveErrors(
            ("This anonymous operation must be the only defined operation.", [(1, 1)]));
}
