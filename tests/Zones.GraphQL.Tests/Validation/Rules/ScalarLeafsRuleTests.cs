using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class ScalarLeafsRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new ScalarLeafsRule(ctx));

    [Fact]
    public void A_valid_scalar_selection_is_valid() =>
        Validate("""
            fragment scalarSelection on Dog {
              barks
            }
            """).ShouldBeValid();

    [Fact]
    public void An_object_type_without_selection_is_reported() =>
        Validate("""
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """).ShouldHaveErrors(
            ("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", [(2, 3)]));

    [Fact]
    public void An_interface_type_without_selection_is_reported() =>
        Validate("""
            {
              human { pets }
            }
            """).ShouldHaveErrors(
            ("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", [(2, 11)]));

    [Fact]
    public void A_list_of_non_null_objects_without_selection_reports_the_wrapped_type() =>
        Validate("""
            {
              human { relatives }
            }
            """).ShouldHaveErrors(
            ("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", [(2, 11)]));

    [Fact]
    public void A_valid_scalar_selection_with_args_is_valid() =>
        Validate("""
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """).ShouldBeValid();

    [Fact]
    public void A_selection_on_a_boolean_is_reported() =>
        Validate("""
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """).ShouldHaveErrors(
            ("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", [(2, 9)]));

    [Fact]
    public void A_selection_on_an_enum_is_reported() =>
        Validate("""
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """).ShouldHaveErrors(
            ("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", [(2, 12)]));

    [Fact]
    public void A_selection_with_args_on_a_scalar_is_reported() =>
        Validate("""
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """).ShouldHaveErrors(
            ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", [(2, 36)]));

    [Fact]
    public void A_selection_with_directives_on_a_scalar_is_reported() =>
        Validate("""
            fragment scalarSelectionsNotAllowedWithDirectives on Dog {
              name @include(if: true) { isAlsoHumanName }
            }
            """).ShouldHaveErrors(
            ("Field \"name\" must not have a selection since type \"String\" has no subfields.", [(2, 27)]));

    [Fact]
    public void A_selection_with_directives_and_args_on_a_scalar_is_reported() =>
        Validate("""
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """).ShouldHaveErrors(
            ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", [(2, 55)]));
}
