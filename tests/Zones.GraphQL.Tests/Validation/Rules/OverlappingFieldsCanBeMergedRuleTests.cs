using Zones.GraphQL.Types;
using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class OverlappingFieldsCanBeMergedRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new OverlappingFieldsCanBeMergedRule(ctx));

    static readonly Schema BoxSchema = ValidationHarness.CorpusSchema("boxes");

    static ValidationAssert ValidateWithBoxSchema(string query) =>
        ValidationHarness.ValidateWithSchema(BoxSchema, query, ctx => new OverlappingFieldsCanBeMergedRule(ctx));

    [Fact]
    public void Unique_fields_are_valid() =>
        Validate("""
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """).ShouldBeValid();

    [Fact]
    public void Identical_fields_are_valid() =>
        Validate("""
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """).ShouldBeValid();

    [Fact]
    public void Identical_fields_with_identical_args_are_valid() =>
        Validate("""
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """).ShouldBeValid();

    [Fact]
    public void Identical_fields_with_identical_directives_are_valid() =>
        Validate("""
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """).ShouldBeValid();

    [Fact]
    public void Different_args_with_different_aliases_are_valid() =>
        Validate("""
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """).ShouldBeValid();

    [Fact]
    public void Different_skip_and_include_directives_are_accepted() =>
        Validate("""
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """).ShouldBeValid();

    [Fact]
    public void Same_aliases_with_different_field_targets_are_reported() =>
        Validate("""
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """).ShouldHaveErrors(
            ("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Same_aliases_on_non_overlapping_fields_are_valid() =>
        Validate("""
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void An_alias_masking_direct_field_access_is_reported() =>
        Validate("""
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """).ShouldHaveErrors(
            ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void A_second_field_adding_an_argument_is_reported() =>
        Validate("""
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """).ShouldHaveErrors(
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void A_second_field_missing_an_argument_is_reported() =>
        Validate("""
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """).ShouldHaveErrors(
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Conflicting_arg_values_are_reported() =>
        Validate("""
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """).ShouldHaveErrors(
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Conflicting_arg_names_are_reported() =>
        Validate("""
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """).ShouldHaveErrors(
            ("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Different_args_where_no_conflict_is_possible_are_valid() =>
        Validate("""
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Arguments_in_a_different_order_are_valid() =>
        ValidateWithBoxSchema("""
            {
              someField(a: null, b: null)
              someField(b: null, a: null)
            }
            """).ShouldBeValid();

    [Fact]
    public void Input_object_fields_in_a_different_order_are_valid() =>
        ValidateWithBoxSchema("""
            {
              someField(arg: { a: null, b: null })
              someField(arg: { b: null, a: null })
            }
            """).ShouldBeValid();

    [Fact]
    public void Block_and_quoted_strings_and_int_and_float_values_differ() =>
        ValidateWithBoxSchema(""""
            {
              someField(a: "x")
              someField(a: """x""")
              f: someField(a: 1)
              f: someField(a: 1.0)
              v: someField(a: $v)
              v: someField(a: $v)
            }
            """").ShouldHaveErrors(
            ("Fields \"someField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]),
            ("Fields \"f\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(4, 3), (5, 3)]));

    [Fact]
    public void A_conflict_in_fragments_is_reported() =>
        Validate("""
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """).ShouldHaveErrors(
            ("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(6, 3), (9, 3)]));

    [Fact]
    public void Each_conflict_is_reported_once() =>
        Validate("""
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """).ShouldHaveErrors(
            ("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(17, 3), (20, 3)]),
            ("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(13, 5), (17, 3)]),
            ("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(13, 5), (20, 3)]));

    [Fact]
    public void A_deep_conflict_is_reported() =>
        Validate("""
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 5), (5, 3), (6, 5)]));

    [Fact]
    public void A_deep_conflict_with_multiple_issues_is_reported() =>
        Validate("""
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)]));

    [Fact]
    public void A_very_deep_conflict_is_reported() =>
        Validate("""
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)]));

    [Fact]
    public void A_deep_conflict_is_reported_at_the_nearest_common_ancestor() =>
        Validate("""
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(3, 5), (4, 7), (6, 5), (7, 7)]));

    [Fact]
    public void A_deep_conflict_in_fragments_is_reported_at_the_nearest_common_ancestor() =>
        Validate("""
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(11, 5), (12, 7), (14, 5), (15, 7)]));

    [Fact]
    public void A_deep_conflict_in_nested_fragments_is_reported() =>
        Validate("""
            {
              field {
                ...I
              }
              field {
                ...F
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """).ShouldHaveErrors(
            ("Fields \"field\" conflict because subfields \"y\" conflict because \"d\" and \"c\" are different fields and subfields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (17, 3), (21, 3), (5, 3), (14, 3), (10, 3)]));

    [Fact]
    public void A_deep_conflict_after_nested_fragments_is_reported() =>
        Validate("""
            fragment F on T {
              ...G
            }
            fragment G on T {
              ...H
            }
            fragment H on T {
              x: a
            }
            {
              x: b
              ...F
            }
            """).ShouldHaveErrors(
            ("Fields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(11, 3), (8, 3)]));

    [Fact]
    public void Unknown_fragments_are_ignored() =>
        Validate("""
            {
              field
              ...Unknown
              ...Known
            }

            fragment Known on T {
              field
              ...OtherUnknown
            }
            """).ShouldBeValid();

    [Fact]
    public void Conflicting_return_types_which_potentially_overlap_are_reported() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ...on IntBox {
                  scalar
                }
                ...on NonNullStringBox1 {
                  scalar
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (7, 7)]));

    [Fact]
    public void Compatible_return_shapes_on_different_return_types_are_valid() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on SomeBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on StringBox {
                  deepBox {
                    unrelatedField
                  }
                }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Differing_return_types_despite_no_overlap_are_reported() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on IntBox {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (7, 7)]));

    [Fact]
    public void A_non_exclusive_comparison_after_an_exclusive_one_is_reported() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              memoed: someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              memoed: someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              other: someBox {
                ...X
              }
              other: someBox {
                ...Y
              }
            }
            fragment X on SomeBox {
              scalar
            }
            fragment Y on SomeBox {
              scalar: unrelatedField
            }
            """).ShouldHaveErrors(
            ("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(30, 3), (38, 3), (33, 3), (41, 3)]));

    [Fact]
    public void Differing_return_type_nullability_despite_no_overlap_is_reported() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on NonNullStringBox1 {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (7, 7)]));

    [Fact]
    public void A_list_and_a_non_list_return_type_are_reported() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on IntBox {
                  box: listStringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (9, 7)]));

    [Fact]
    public void A_non_list_and_a_list_return_type_are_reported() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: listStringBox {
                    scalar
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (9, 7)]));

    [Fact]
    public void Differing_subfields_are_reported() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    val: scalar
                    val: unrelatedField
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    val: scalar
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(5, 9), (6, 9)]));

    [Fact]
    public void Differing_deep_return_types_despite_no_overlap_are_reported() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: intBox {
                    scalar
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (5, 9), (9, 7), (10, 9)]));

    [Fact]
    public void Non_conflicting_overlapping_types_are_valid() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ... on IntBox {
                  scalar: unrelatedField
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Same_wrapped_scalar_return_types_are_valid() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ...on NonNullStringBox1 {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Inline_fragments_without_type_condition_are_valid() =>
        ValidateWithBoxSchema("""
            {
              a
              ... {
                a
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Deep_types_including_lists_are_compared() =>
        ValidateWithBoxSchema("""
            {
              connection {
                ...edgeID
                edges {
                  node {
                    id: name
                  }
                }
              }
            }

            fragment edgeID on Connection {
              edges {
                node {
                  id
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)]));

    [Fact]
    public void Unknown_types_are_ignored() =>
        ValidateWithBoxSchema("""
            {
              someBox {
                ...on UnknownType {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_recursive_fragment_does_not_loop() =>
        Validate("""
            {
              ...fragA
            }

            fragment fragA on Human { name, relatives { name, ...fragA } }
            """).ShouldBeValid();

    [Fact]
    public void An_immediately_recursive_fragment_does_not_loop() =>
        Validate("""
            {
              ...fragA
            }

            fragment fragA on Human { name, ...fragA }
            """).ShouldBeValid();

    [Fact]
    public void A_recursive_fragment_with_a_field_named_after_it_does_not_loop() =>
        Validate("""
            {
              ...fragA
              fragA
            }

            fragment fragA on QueryRoot { ...fragA }
            """).ShouldBeValid();

    [Fact]
    public void Conflicts_with_a_field_named_after_a_fragment_are_found() =>
        Validate("""
            {
              fragA
              ...fragA
            }

            fragment fragA on Type {
              fragA: b
            }
            """).ShouldHaveErrors(
            ("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (7, 3)]));

    [Fact]
    public void A_transitively_recursive_fragment_does_not_loop() =>
        Validate("""
            {
              ...fragA
              fragB
            }

            fragment fragA on Human { name, ...fragB }
            fragment fragB on Human { name, ...fragC }
            fragment fragC on Human { name, ...fragA }
            """).ShouldBeValid();

    [Fact]
    public void Conflicts_are_found_through_an_immediately_recursive_fragment() =>
        Validate("""
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """).ShouldHaveErrors(
            ("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(3, 3), (4, 3)]));

    [Fact]
    public void Recursive_fragments_separated_by_fields_do_not_loop() =>
        Validate("""
            {
              ...fragA
              ...fragB
            }

            fragment fragA on T {
              x {
                ...fragA
                x {
                  ...fragA
                }
              }
            }

            fragment fragB on T {
              x {
                ...fragB
                x {
                  ...fragB
                }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_lone_inline_fragment_is_checked() =>
        Validate("""
            {
              dog {
                ... on Dog {
                  x: name
                  x: nickname
                }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (5, 7)]));

    [Fact]
    public void Typename_fields_on_different_parents_are_compared_by_name() =>
        Validate("""
            {
              catOrDog {
                ... on Cat { t: __typename }
                ... on Dog { t: __typename }
                ... on Pet { u: __typename u: name }
              }
            }
            """).ShouldHaveErrors(
            ("Fields \"u\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(5, 18), (5, 32)]));
}
