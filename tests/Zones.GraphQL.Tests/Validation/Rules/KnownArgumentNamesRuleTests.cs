using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class KnownArgumentNamesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new KnownArgumentNamesRule(ctx));

    static ValidationAssert ValidateHidingSuggestions(string query) =>
        ValidationHarness.ValidateHidingSuggestions(query, ctx => new KnownArgumentNamesRule(ctx));

    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new KnownArgumentNamesOnDirectivesRule(ctx));

    [Fact]
    public void A_single_arg_is_known() =>
        Validate("""
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_args_are_known() =>
        Validate("""
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """).ShouldBeValid();

    [Fact]
    public void Args_of_unknown_fields_are_ignored() =>
        Validate("""
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_args_in_reverse_order_are_known() =>
        Validate("""
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """).ShouldBeValid();

    [Fact]
    public void No_args_on_an_optional_arg_is_valid() =>
        Validate("""
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """).ShouldBeValid();

    [Fact]
    public void Args_are_known_deeply() =>
        Validate("""
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Directive_args_are_known() =>
        Validate("""
            {
              dog @skip(if: true)
            }
            """).ShouldBeValid();

    [Fact]
    public void A_field_arg_is_invalid_on_a_directive() =>
        Validate("""
            {
              dog @skip(unless: true)
            }
            """).ShouldHaveErrors(
            ("Unknown argument \"unless\" on directive \"@skip\".", [(2, 13)]));

    [Fact]
    public void A_misspelled_directive_arg_is_reported_with_a_suggestion() =>
        Validate("""
            {
              dog @skip(iff: true)
            }
            """).ShouldHaveErrors(
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", [(2, 13)]));

    [Fact]
    public void An_unknown_directive_is_ignored() =>
        Validate("""
            {
              dog @unknown(arg: 1)
            }
            """).ShouldBeValid();

    [Fact]
    public void An_invalid_arg_name_is_reported() =>
        Validate("""
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """).ShouldHaveErrors(
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(2, 19)]));

    [Fact]
    public void A_misspelled_arg_name_is_reported_with_a_suggestion() =>
        Validate("""
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """).ShouldHaveErrors(
            ("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", [(2, 19)]));

    [Fact]
    public void Unknown_args_amongst_known_args_are_reported() =>
        Validate("""
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """).ShouldHaveErrors(
            ("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", [(2, 19)]),
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(2, 49)]));

    [Fact]
    public void Unknown_args_are_reported_deeply() =>
        Validate("""
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(3, 21)]),
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(8, 25)]));

    [Fact]
    public void Directive_args_are_checked_against_sdl_definitions() =>
        Validate("""
            directive @test(arg: String) on OBJECT
            type Query @test(arg: "", unknown: "", ar: "") { f: Int @deprecated(reason: "x", reasn: "y") }
            """).ShouldHaveErrors(
            ("Unknown argument \"unknown\" on directive \"@test\".", [(2, 27)]),
            ("Unknown argument \"ar\" on directive \"@test\". Did you mean \"arg\"?", [(2, 40)]),
            ("Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?", [(2, 82)]));

    [Fact]
    public void Suggestions_can_be_hidden() =>
        ValidateHidingSuggestions("""
            { dog { doesKnowCommand(DogCommand: SIT) @skip(iff: true) } }
            """).ShouldHaveErrors(
            ("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\".", [(1, 25)]),
            ("Unknown argument \"iff\" on directive \"@skip\".", [(1, 48)]));

    [Fact]
    public void Sdl_directive_args_are_checked_on_their_own() =>
        ValidateSdl("""
            directive @test(arg: String) on OBJECT
            type Query @test(arg: "", unknown: "", ar: "") { f: Int @deprecated(reason: "x", reasn: "y") @skip(iff: true) }
            """).ShouldHaveErrors(
            ("Unknown argument \"unknown\" on directive \"@test\".", [(2, 27)]),
            ("Unknown argument \"ar\" on directive \"@test\". Did you mean \"arg\"?", [(2, 40)]),
            ("Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?", [(2, 82)]),
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", [(2, 100)]));
}
