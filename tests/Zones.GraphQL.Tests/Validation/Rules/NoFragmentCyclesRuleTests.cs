using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class NoFragmentCyclesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new NoFragmentCyclesRule(ctx));

    [Fact]
    public void Single_reference_is_valid() =>
        Validate("""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """).ShouldBeValid();

    [Fact]
    public void Spreading_twice_is_not_circular() =>
        Validate("""
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """).ShouldBeValid();

    [Fact]
    public void Spreading_twice_indirectly_is_not_circular() =>
        Validate("""
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """).ShouldBeValid();

    [Fact]
    public void Double_spread_within_abstract_types_is_valid() =>
        Validate("""
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }

            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """).ShouldBeValid();

    [Fact]
    public void An_unknown_fragment_is_not_a_cycle() =>
        Validate("""
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """).ShouldBeValid();

    [Fact]
    public void Spreading_itself_directly_is_reported() =>
        Validate("""
            fragment fragA on Human { ...fragA }
            """).ShouldHaveErrors(
            ("Cannot spread fragment \"fragA\" within itself.", [(1, 27)]));

    [Fact]
    public void Spreading_itself_directly_within_an_inline_fragment_is_reported() =>
        Validate("""
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """).ShouldHaveErrors(
            ("Cannot spread fragment \"fragA\" within itself.", [(3, 5)]));

    [Fact]
    public void Spreading_itself_indirectly_is_reported() =>
        Validate("""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """).ShouldHaveErrors(
            ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(1, 25), (2, 25)]));

    [Fact]
    public void Spreading_itself_indirectly_reports_the_opposite_order() =>
        Validate("""
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """).ShouldHaveErrors(
            ("Cannot spread fragment \"fragB\" within itself via \"fragA\".", [(1, 25), (2, 25)]));

    [Fact]
    public void Spreading_itself_deeply_reports_the_path() =>
        Validate("""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """).ShouldHaveErrors(
            ("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", [(1, 25), (2, 25), (3, 25), (7, 25), (8, 25)]),
            ("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", [(7, 25), (8, 35), (4, 25), (5, 25), (6, 25)]));

    [Fact]
    public void Spreading_itself_deeply_two_paths_is_reported_twice() =>
        Validate("""
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """).ShouldHaveErrors(
            ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(1, 25), (2, 25)]),
            ("Cannot spread fragment \"fragA\" within itself via \"fragC\".", [(1, 35), (3, 25)]));

    [Fact]
    public void Spreading_itself_deeply_two_paths_in_alternate_order() =>
        Validate("""
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """).ShouldHaveErrors(
            ("Cannot spread fragment \"fragA\" within itself via \"fragC\".", [(1, 25), (3, 25)]),
            ("Cannot spread fragment \"fragC\" within itself via \"fragB\".", [(3, 35), (2, 25)]));

    [Fact]
    public void Spreading_itself_deeply_and_immediately() =>
        Validate("""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """).ShouldHaveErrors(
            ("Cannot spread fragment \"fragB\" within itself.", [(2, 25)]),
            ("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", [(1, 25), (2, 35), (3, 25)]),
            ("Cannot spread fragment \"fragB\" within itself via \"fragC\".", [(2, 35), (3, 35)]));
}
