using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class KnownFragmentNamesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new KnownFragmentNamesRule(ctx));

    [Fact]
    public void Known_fragment_names_are_valid() =>
        Validate("""
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
                }
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
    public void Unknown_fragment_names_are_reported() =>
        Validate("""
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """).ShouldHaveErrors(
            ("Unknown fragment \"UnknownFragment1\".", [(3, 8)]),
            ("Unknown fragment \"UnknownFragment2\".", [(5, 10)]),
            ("Unknown fragment \"UnknownFragment3\".", [(11, 6)]));
}
