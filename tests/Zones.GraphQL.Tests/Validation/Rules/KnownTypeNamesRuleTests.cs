using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class KnownTypeNamesRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new KnownTypeNamesRule(ctx));

    static ValidationAssert ValidateHidingSuggestions(string query) =>
        ValidationHarness.ValidateHidingSuggestions(query, ctx => new KnownTypeNamesRule(ctx));

    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new KnownTypeNamesRule(ctx));

    [Fact]
    public void Known_type_names_are_valid() =>
        Validate("""
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              user(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """).ShouldBeValid();

    [Fact]
    public void Unknown_type_names_are_reported_with_suggestions() =>
        Validate("""
            query Foo($var: JumbledUpLetters) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """).ShouldHaveErrors(
            ("Unknown type \"JumbledUpLetters\".", [(1, 17)]),
            ("Unknown type \"Badger\".", [(4, 19)]),
            ("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", [(7, 23)]));

    [Fact]
    public void Reference_types_defined_inside_the_same_document_are_reported() =>
        Validate("""
            union UnionType = Dog | Cat
            type QueryRoot {
              someField: String
            }

            query Foo($var: QueryRootX) { field }
            """).ShouldHaveErrors(
            ("Unknown type \"QueryRootX\". Did you mean \"QueryRoot\"?", [(6, 17)]));

    [Fact]
    public void Types_used_in_sdl_are_checked_against_schema_and_document() =>
        Validate("""
            type Query {
              foo: Foo
              bar: Bar
            }
            scalar Foo
            interface Ifc implements Unknown { f: Strin }
            input In { a: [Inpt!] }
            extend type Alien { mother: Humen }
            """).ShouldHaveErrors(
            ("Unknown type \"Bar\". Did you mean \"Cat\"?", [(3, 8)]),
            ("Unknown type \"Unknown\".", [(6, 26)]),
            ("Unknown type \"Strin\". Did you mean \"String\" or \"In\"?", [(6, 39)]),
            ("Unknown type \"Inpt\". Did you mean \"Int\" or \"In\"?", [(7, 16)]),
            ("Unknown type \"Humen\". Did you mean \"Human\" or \"Alien\"?", [(8, 29)]));

    [Fact]
    public void Standard_types_may_be_named_in_sdl() =>
        Validate("""
            type Query {
              string: String
              int: Int
              float: Float
              boolean: Boolean
              id: ID
              introspectionType: __EnumValue
            }
            """).ShouldBeValid();

    [Fact]
    public void Suggestions_can_be_hidden() =>
        ValidateHidingSuggestions("""
            fragment PetFields on Peat { name }
            """).ShouldHaveErrors(
            ("Unknown type \"Peat\".", [(1, 23)]));

    [Fact]
    public void Unknown_types_in_sdl_are_reported_with_standard_type_suggestions() =>
        ValidateSdl("""
            type Query {
              a: Strin
              b: __TypeKnd
              c: Foo
            }
            union U = Query | Qery
            extend type Bar { x: Int }
            directive @d(arg: Booleen) on FIELD
            """).ShouldHaveErrors(
            ("Unknown type \"Strin\". Did you mean \"String\"?", [(2, 6)]),
            ("Unknown type \"__TypeKnd\". Did you mean \"__TypeKind\" or \"__Type\"?", [(3, 6)]),
            ("Unknown type \"Foo\".", [(4, 6)]),
            ("Unknown type \"Qery\". Did you mean \"Query\"?", [(6, 19)]),
            ("Unknown type \"Booleen\". Did you mean \"Boolean\"?", [(8, 19)]));
}
