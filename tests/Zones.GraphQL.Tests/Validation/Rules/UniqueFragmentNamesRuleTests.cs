using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueFragmentNamesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new UniqueFragmentNamesRule(ctx));

    [Fact]
    public void No_fragments_is_valid() =>
        Validate("""
            {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void One_fragment_is_valid() =>
        Validate("""
            {
              ...fragA
            }

            fragment fragA on Type {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void Many_fragments_are_valid() =>
        Validate("""
            {
              ...fragA
              ...fragB
              ...fragC
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            fragment fragC on Type {
              fieldC
            }
            """).ShouldBeValid();

    [Fact]
    public void Inline_fragments_are_always_unique() =>
        Validate("""
            {
              ...on Type {
                fieldA
              }
              ...on Type {
                fieldB
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_fragment_and_an_operation_may_share_a_name() =>
        Validate("""
            query Foo { ...Foo }
            fragment Foo on Type { field }
            """).ShouldBeValid();

    [Fact]
    public void Fragments_named_the_same_are_reported() =>
        Validate("""
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """).ShouldHaveErrors(
            ("There can be only one fragment named \"fragA\".", [(4, 10), (7, 10)]));

    [Fact]
    public void Fragments_named_the_same_without_being_referenced_are_reported() =>
        Validate("""
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """).ShouldHaveErrors(
            ("There can be only one fragment named \"fragA\".", [(1, 10), (4, 10)]));
}
