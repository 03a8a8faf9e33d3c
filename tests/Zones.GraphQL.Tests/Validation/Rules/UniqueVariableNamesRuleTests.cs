using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueVariableNamesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new UniqueVariableNamesRule(ctx));

    [Fact]
    public void Unique_variable_names_are_valid() =>
        Validate("""
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """).ShouldBeValid();

    [Fact]
    public void Duplicate_variable_names_are_reported() =>
        Validate("""
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """).ShouldHaveErrors(
            ("There can be only one variable named \"$x\".", [(1, 10), (1, 19), (1, 28)]),
            ("There can be only one variable named \"$x\".", [(2, 10), (2, 22)]),
            ("There can be only one variable named \"$x\".", [(3, 10), (3, 19)]));
}
