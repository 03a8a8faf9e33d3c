using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueDirectivesPerLocationRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new UniqueDirectivesPerLocationRule(ctx));

    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueDirectivesPerLocationRule(ctx));

    [Fact]
    public void No_directives_is_valid() =>
        Validate("""
            fragment Test on Type {
              field
            }
            """).ShouldBeValid();

    [Fact]
    public void Unique_directives_in_different_locations_are_valid() =>
        Validate("""
            fragment Test on Type @directiveA {
              field @directiveB
            }
            """).ShouldBeValid();

    [Fact]
    public void Unique_directives_in_the_same_location_are_valid() =>
        Validate("""
            fragment Test on Type @directiveA @directiveB {
              field @directiveA @directiveB
            }
            """).ShouldBeValid();

    [Fact]
    public void The_same_directive_in_different_locations_is_valid() =>
        Validate("""
            fragment Test on Type @directiveA {
              field @directiveA
            }
            """).ShouldBeValid();

    [Fact]
    public void The_same_directive_in_similar_locations_is_valid() =>
        Validate("""
            fragment Test on Type {
              field @directive
              field @directive
            }
            """).ShouldBeValid();

    [Fact]
    public void A_repeatable_directive_repeated_is_valid() =>
        Validate("""
            fragment Test on Type @repeatable @repeatable {
              field @repeatable @repeatable
            }
            """).ShouldBeValid();

    [Fact]
    public void An_unknown_directive_repeated_is_valid() =>
        Validate("""
            fragment Test on Type @unknown @unknown {
              field @unknown @unknown
            }
            """).ShouldBeValid();

    [Fact]
    public void A_duplicate_directive_is_reported() =>
        Validate("""
            fragment Test on Type {
              field @directive @directive
            }
            """).ShouldHaveErrors(
            ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 20)]));

    [Fact]
    public void Many_duplicate_directives_are_reported_against_the_first() =>
        Validate("""
            fragment Test on Type {
              field @directive @directive @directive
            }
            """).ShouldHaveErrors(
            ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 20)]),
            ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 31)]));

    [Fact]
    public void Different_duplicate_directives_in_one_location_are_reported() =>
        Validate("""
            fragment Test on Type {
              field @directiveA @directiveB @directiveA @directiveB
            }
            """).ShouldHaveErrors(
            ("The directive \"@directiveA\" can only be used once at this location.", [(2, 9), (2, 33)]),
            ("The directive \"@directiveB\" can only be used once at this location.", [(2, 21), (2, 45)]));

    [Fact]
    public void Duplicate_directives_in_many_locations_are_reported() =>
        Validate("""
            fragment Test on Type @directive @directive {
              field @directive @directive
            }
            """).ShouldHaveErrors(
            ("The directive \"@directive\" can only be used once at this location.", [(1, 23), (1, 34)]),
            ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 20)]));

    [Fact]
    public void Directives_on_a_type_and_its_extensions_share_one_location_in_sdl() =>
        Validate("""
            directive @nonRepeatable on SCALAR | OBJECT | SCHEMA
            scalar TypeA @nonRepeatable
            extend scalar TypeA @nonRepeatable
            type TypeB @nonRepeatable @nonRepeatable
            extend type TypeB @nonRepeatable
            schema @nonRepeatable { query: TypeB }
            extend schema @nonRepeatable
            """).ShouldHaveErrors(
            ("The directive \"@nonRepeatable\" can only be used once at this location.", [(2, 14), (3, 21)]),
            ("The directive \"@nonRepeatable\" can only be used once at this location.", [(4, 12), (4, 27)]),
            ("The directive \"@nonRepeatable\" can only be used once at this location.", [(4, 12), (5, 19)]),
            ("The directive \"@nonRepeatable\" can only be used once at this location.", [(6, 8), (7, 15)]));

    [Fact]
    public void Sdl_uses_only_specified_and_defined_directives() =>
        ValidateSdl("""
            directive @once on OBJECT
            directive @many repeatable on OBJECT
            type T @once @many @many @deprecated @deprecated
            extend type T @once
            """).ShouldHaveErrors(
            ("The directive \"@deprecated\" can only be used once at this location.", [(3, 26), (3, 38)]),
            ("The directive \"@once\" can only be used once at this location.", [(3, 8), (4, 15)]));
}
