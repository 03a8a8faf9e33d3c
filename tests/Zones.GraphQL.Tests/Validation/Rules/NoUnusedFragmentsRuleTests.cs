using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class NoUnusedFragmentsRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new NoUnusedFragmentsRule(ctx));

    [Fact]
    public void All_fragment_names_used_are_valid() =>
        Validate("""
            {
              human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } }
            }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """).ShouldBeValid();

    [Fact]
    public void Fragments_used_by_multiple_operations_are_valid() =>
        Validate("""
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """).ShouldBeValid();

    [Fact]
    public void Unused_fragments_are_reported() =>
        Validate("""
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            fragment Unused1 on Human { name }
            fragment Unused2 on Human { name }
            """).ShouldHaveErrors(
            ("Fragment \"Unused1\" is never used.", [(6, 1)]),
            ("Fragment \"Unused2\" is never used.", [(7, 1)]));

    [Fact]
    public void Unused_fragments_referencing_each_other_are_reported() =>
        Validate("""
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name }
            fragment Unused1 on Human { name ...Unused2 }
            fragment Unused2 on Human { name ...Unused1 }
            """).ShouldHaveErrors(
            ("Fragment \"Unused1\" is never used.", [(3, 1)]),
            ("Fragment \"Unused2\" is never used.", [(4, 1)]));

    [Fact]
    public void An_unknown_fragment_spread_is_ignored() =>
        Validate("""
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """).ShouldHaveErrors(
            ("Fragment \"foo\" is never used.", [(6, 1)]));
}
