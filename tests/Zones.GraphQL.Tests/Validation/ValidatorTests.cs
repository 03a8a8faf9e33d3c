using Zones.GraphQL.Language;
using Zones.GraphQL.Validation;
using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation;

/// <summary>The validation run itself: all rules in one pass, the error limit, descriptions, thrown errors.</summary>
public class ValidatorTests
{
    static ValidationAssert Validate(string query, int maxErrors = 100) =>
        new(Validator.Validate(ValidationHarness.Schema, Parser.Parse(query), maxErrors: maxErrors));

    [Fact]
    public void A_valid_query_has_no_errors() =>
        Validate("query Q($id: ID) { human(id: $id) { name ...F } } fragment F on Human { pets { name } }").ShouldBeValid();

    [Fact]
    public void Errors_come_in_traversal_order_across_rules() =>
        Validate("{ dog { name: nickname name } __typename(x: 1) unknown }").ShouldHaveErrors(
            ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 9), (1, 24)]),
            ("Unknown argument \"x\" on field \"QueryRoot.__typename\".", [(1, 42)]),
            ("Cannot query field \"unknown\" on type \"QueryRoot\".", [(1, 48)]));

    [Fact]
    public void Reaching_the_error_limit_aborts_with_one_more_error() =>
        Validate("{ a b c d e }", maxErrors: 2).ShouldHaveErrors(
            ("Cannot query field \"a\" on type \"QueryRoot\".", [(1, 3)]),
            ("Cannot query field \"b\" on type \"QueryRoot\".", [(1, 5)]),
            ("Too many validation errors, error limit reached. Validation aborted.", []));

    // 720 fields with one response name need more pairwise comparisons than graphql-js's budget allows; 700 do not.
    [Fact]
    public void Running_out_of_the_comparison_budget_aborts_validation()
    {
        Validate("{ " + string.Concat(Enumerable.Repeat("__typename ", 720)) + "}").ShouldHaveErrors(("Validation aborted.", []));
        Validate("{ " + string.Concat(Enumerable.Repeat("__typename ", 700)) + "}").ShouldBeValid();
    }

    // A description is a string literal, but it must not be checked against the variable's type.
    [Fact]
    public void Descriptions_are_not_validated() =>
        Validate("""
            "desc" query Foo("desc" $x: Int = 1) { dog { name } }
            """).ShouldHaveErrors(("Variable \"$x\" is never used in operation \"Foo\".", [(1, 18)]));

    [Fact]
    public void Variable_usages_through_fragments_are_typed() =>
        Validate("query Q($v: Int) { dog { ...F } } fragment F on Dog { doesKnowCommand(dogCommand: $v) }").ShouldHaveErrors(
            ("Variable \"$v\" of type \"Int\" used in position expecting type \"DogCommand\".", [(1, 9), (1, 83)]));

    [Fact]
    public void Introspection_meta_fields_are_known_on_the_query_root() =>
        Validate("{ __schema { queryType { name } } __type(name: \"Dog\") { fields { name } } __typename }").ShouldBeValid();

    // graphql-js's validate throws here too: collecting the root fields evaluates @skip without variables.
    [Theory]
    [InlineData("subscription { importantEmails @skip(if: $x) }", "Argument \"if\" of required type \"Boolean!\" was provided the variable \"$x\" which was not provided a runtime value.", 42)]
    [InlineData("subscription { importantEmails @skip }", "Argument \"if\" of required type \"Boolean!\" was not provided.", 32)]
    [InlineData("subscription { importantEmails @include(if: null) }", "Argument \"if\" of non-null type \"Boolean!\" must not be null.", 45)]
    [InlineData("subscription { importantEmails @include(if: 1) }", "Argument \"if\" has invalid value 1.", 45)]
    public void A_subscription_skip_that_cannot_be_evaluated_throws(string query, string message, int column)
    {
        var error = Assert.Throws<GraphQLError>(() =>
            Validator.Validate(ValidationHarness.Schema, Parser.Parse(query), [ctx => new SingleFieldSubscriptionsRule(ctx)]));
        Assert.Equal((message, new SourceLocation(1, column)), (error.Message, error.Locations!.Single()));
    }

    [Fact]
    public void Specified_rules_are_graphql_js_specified_rules_in_order() =>
        Assert.Equal(
            ["ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
             "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule",
             "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
             "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
             "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
             "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
             "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule"],
            SpecifiedRules.All.Select(rule => rule(Context()).GetType().Name));

    static ValidationContext Context() =>
        new(ValidationHarness.Schema, Parser.Parse("{ dog { name } }"), new TypeInfo(ValidationHarness.Schema), _ => { });
}
