using Zones.GraphQL.Types;
using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class FieldsOnCorrectTypeRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new FieldsOnCorrectTypeRule(ctx));

    static ValidationAssert ValidateHidingSuggestions(string query) =>
        ValidationHarness.ValidateHidingSuggestions(query, ctx => new FieldsOnCorrectTypeRule(ctx));

    static readonly Schema SuggestionSchema = ValidationHarness.CorpusSchema("suggestions");

    static ValidationAssert ValidateWithSuggestionSchema(string query) =>
        ValidationHarness.ValidateWithSchema(SuggestionSchema, query, ctx => new FieldsOnCorrectTypeRule(ctx));

    [Fact]
    public void An_object_field_selection_is_valid() =>
        Validate("""
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """).ShouldBeValid();

    [Fact]
    public void Aliased_object_field_selections_are_valid() =>
        Validate("""
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """).ShouldBeValid();

    [Fact]
    public void Interface_field_selections_are_valid() =>
        Validate("""
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """).ShouldBeValid();

    [Fact]
    public void Lying_alias_selections_are_valid() =>
        Validate("""
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """).ShouldBeValid();

    [Fact]
    public void Unknown_selections_are_ignored() =>
        Validate("""
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """).ShouldBeValid();

    [Fact]
    public void Unknown_fields_are_reported_at_every_level() =>
        Validate("""
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            },
            """).ShouldHaveErrors(
            ("Cannot query field \"unknown_pet_field\" on type \"Pet\".", [(2, 3)]),
            ("Cannot query field \"unknown_cat_field\" on type \"Cat\".", [(4, 7)]));

    [Fact]
    public void A_field_not_defined_on_a_fragment_type_is_reported() =>
        Validate("""
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(2, 3)]));

    [Fact]
    public void A_field_not_defined_deeply_is_reported_only_once() =>
        Validate("""
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"unknown_field\" on type \"Dog\".", [(2, 3)]));

    [Fact]
    public void A_sub_field_not_defined_is_reported() =>
        Validate("""
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"unknown_field\" on type \"Pet\".", [(3, 5)]));

    [Fact]
    public void A_field_not_defined_on_an_inline_fragment_is_reported() =>
        Validate("""
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(3, 5)]));

    [Fact]
    public void An_aliased_field_target_not_defined_is_reported() =>
        Validate("""
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(2, 3)]));

    [Fact]
    public void An_aliased_lying_field_target_not_defined_is_reported() =>
        Validate("""
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(2, 3)]));

    [Fact]
    public void A_field_not_defined_on_an_interface_suggests_implementations() =>
        Validate("""
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"tailLength\" on type \"Pet\".", [(2, 3)]));

    [Fact]
    public void A_field_defined_on_implementors_suggests_them() =>
        Validate("""
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", [(2, 3)]));

    [Fact]
    public void Meta_field_selection_on_a_union_is_valid() =>
        Validate("""
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """).ShouldBeValid();

    [Fact]
    public void A_direct_field_selection_on_a_union_is_reported() =>
        Validate("""
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"directField\" on type \"CatOrDog\".", [(2, 3)]));

    [Fact]
    public void A_field_defined_on_union_members_suggests_interfaces_and_members() =>
        Validate("""
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """).ShouldHaveErrors(
            ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", [(2, 3)]));

    [Fact]
    public void Valid_field_in_inline_fragment_is_valid() =>
        Validate("""
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Interfaces_are_suggested_before_objects_and_common_ones_first() =>
        ValidateWithSuggestionSchema("""
            { t { f } }
            """).ShouldHaveErrors(
            ("Cannot query field \"f\" on type \"T\". Did you mean \"y\"?", [(1, 7)]));

    [Fact]
    public void Union_members_are_suggested_in_natural_order() =>
        ValidateWithSuggestionSchema("""
            { u { x } }
            """).ShouldHaveErrors(
            ("Cannot query field \"x\" on type \"U\". Did you mean to use an inline fragment on \"A\" or \"B\"?", [(1, 7)]));

    [Fact]
    public void Super_interfaces_are_suggested_before_sub_interfaces() =>
        ValidateWithSuggestionSchema("""
            { animal { ... on Feline { name } } u { y } }
            """).ShouldHaveErrors(
            ("Cannot query field \"y\" on type \"U\". Did you mean to use an inline fragment on \"T\", \"A\", or \"B\"?", [(1, 41)]));

    [Fact]
    public void Field_names_are_suggested_when_no_type_has_the_field() =>
        Validate("""
            { dog { nickName barkVolum } }
            """).ShouldHaveErrors(
            ("Cannot query field \"nickName\" on type \"Dog\". Did you mean \"nickname\" or \"name\"?", [(1, 9)]),
            ("Cannot query field \"barkVolum\" on type \"Dog\". Did you mean \"barkVolume\"?", [(1, 18)]));

    [Fact]
    public void Suggestions_can_be_hidden() =>
        ValidateHidingSuggestions("""
            { dog { nickName } catOrDog { name } }
            """).ShouldHaveErrors(
            ("Cannot query field \"nickName\" on type \"Dog\".", [(1, 9)]),
            ("Cannot query field \"name\" on type \"CatOrDog\".", [(1, 31)]));
}
