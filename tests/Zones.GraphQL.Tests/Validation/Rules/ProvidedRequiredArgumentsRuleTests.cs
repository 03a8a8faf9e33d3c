using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class ProvidedRequiredArgumentsRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new ProvidedRequiredArgumentsRule(ctx));

    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new ProvidedRequiredArgumentsOnDirectivesRule(ctx));

    [Fact]
    public void Arguments_of_an_unknown_field_are_ignored() =>
        Validate("""
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void An_arg_on_an_optional_arg_is_valid() =>
        Validate("""
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void No_arg_on_an_optional_arg_is_valid() =>
        Validate("""
            {
              dog {
                isHouseTrained
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void No_arg_on_a_non_null_field_with_default_is_valid() =>
        Validate("""
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_args_are_valid() =>
        Validate("""
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_args_in_reverse_order_are_valid() =>
        Validate("""
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Missing_optional_args_are_valid() =>
        Validate("""
            {
              complicatedArgs {
                multipleOptAndReq(req1: "one", req2: "two")
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void One_missing_required_arg_is_reported() =>
        Validate("""
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """).ShouldHaveErrors(
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", [(3, 5)]));

    [Fact]
    public void Two_missing_required_args_are_reported() =>
        Validate("""
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """).ShouldHaveErrors(
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", [(3, 5)]),
            ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", [(3, 5)]));

    [Fact]
    public void An_incorrect_value_and_a_missing_arg_are_reported_once() =>
        Validate("""
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """).ShouldHaveErrors(
            ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", [(3, 5)]));

    [Fact]
    public void Directives_with_required_args_provided_are_valid() =>
        Validate("""
            {
              dog @include(if: true) { name }
              human @skip(if: false) { name }
            }
            """).ShouldBeValid();

    [Fact]
    public void Directives_with_missing_required_args_are_reported() =>
        Validate("""
            {
              dog @include {
                name @skip
              }
            }
            """).ShouldHaveErrors(
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(2, 7)]),
            ("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(3, 10)]));

    [Fact]
    public void Unknown_directives_are_ignored() =>
        Validate("""
            {
              dog @unknown
            }
            """).ShouldBeValid();

    [Fact]
    public void Directives_defined_in_sdl_are_checked() =>
        Validate("""
            directive @test(arg1: String, arg2: String! = "", arg3: String!, arg4: [Int!]!) on OBJECT
            type Query @test { f: Int }
            extend type Query @test(arg3: "x")
            """).ShouldHaveErrors(
            ("Directive \"@test\" argument \"arg3\" of type \"String!\" is required, but it was not provided.", [(2, 12)]),
            ("Directive \"@test\" argument \"arg4\" of type \"[Int!]!\" is required, but it was not provided.", [(2, 12)]),
            ("Directive \"@test\" argument \"arg4\" of type \"[Int!]!\" is required, but it was not provided.", [(3, 19)]));

    [Fact]
    public void Nested_field_errors_are_reported_before_the_enclosing_field() =>
        Validate("""
            {
              complicatedArgs {
                a: multipleReqs(req1: 1)
              }
              human { pets { name } }
            }
            """).ShouldHaveErrors(
            ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", [(3, 5)]));

    [Fact]
    public void Sdl_directives_are_checked_on_their_own() =>
        ValidateSdl("""
            directive @test(arg1: String, arg2: String! = "", arg3: String!, arg4: [Int!]!) on OBJECT
            type Query @test @include { f: Int @deprecated @specifiedBy }
            """).ShouldHaveErrors(
            ("Directive \"@test\" argument \"arg3\" of type \"String!\" is required, but it was not provided.", [(2, 12)]),
            ("Directive \"@test\" argument \"arg4\" of type \"[Int!]!\" is required, but it was not provided.", [(2, 12)]),
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(2, 18)]),
            ("Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.", [(2, 48)]));
}
