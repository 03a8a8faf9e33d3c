using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class PossibleFragmentSpreadsRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new PossibleFragmentSpreadsRule(ctx));

    [Fact]
    public void Spreading_into_the_same_object_is_valid() =>
        Validate("""
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """).ShouldBeValid();

    [Fact]
    public void An_inline_fragment_of_the_same_object_is_valid() =>
        Validate("""
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """).ShouldBeValid();

    [Fact]
    public void An_object_into_an_implemented_interface_is_valid() =>
        Validate("""
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """).ShouldBeValid();

    [Fact]
    public void An_object_into_a_containing_union_is_valid() =>
        Validate("""
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """).ShouldBeValid();

    [Fact]
    public void A_union_into_a_contained_object_is_valid() =>
        Validate("""
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """).ShouldBeValid();

    [Fact]
    public void A_union_into_an_overlapping_interface_is_valid() =>
        Validate("""
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """).ShouldBeValid();

    [Fact]
    public void A_union_into_an_overlapping_union_is_valid() =>
        Validate("""
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """).ShouldBeValid();

    [Fact]
    public void An_interface_into_an_implementing_object_is_valid() =>
        Validate("""
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """).ShouldBeValid();

    [Fact]
    public void An_interface_into_an_overlapping_interface_is_valid() =>
        Validate("""
            fragment interfaceWithinInterface on Pet { ...beingFragment }
            fragment beingFragment on Being { name }
            """).ShouldBeValid();

    [Fact]
    public void An_interface_into_an_overlapping_interface_in_an_inline_fragment_is_valid() =>
        Validate("""
            fragment interfaceWithinInterface on Pet { ... on Being { name } }
            """).ShouldBeValid();

    [Fact]
    public void An_interface_into_an_overlapping_union_is_valid() =>
        Validate("""
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """).ShouldBeValid();

    [Fact]
    public void An_interface_into_an_implemented_interface_is_valid() =>
        Validate("""
            fragment interfaceWithinInterface on Canine { ...mammalFragment }
            fragment mammalFragment on Mammal { mother { __typename } }
            """).ShouldBeValid();

    [Fact]
    public void Unknown_types_are_ignored() =>
        Validate("""
            fragment unknownType on Pet { ...badFragment }
            fragment badFragment on UnknownType { name }
            fragment unknownInline on Pet { ... on UnknownType { name } }
            """).ShouldBeValid();

    [Fact]
    public void Different_objects_are_reported() =>
        Validate("""
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """).ShouldHaveErrors(
            ("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", [(1, 45)]));

    [Fact]
    public void Different_objects_in_an_inline_fragment_are_reported() =>
        Validate("""
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """).ShouldHaveErrors(
            ("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", [(2, 3)]));

    [Fact]
    public void An_object_into_a_non_implementing_interface_is_reported() =>
        Validate("""
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """).ShouldHaveErrors(
            ("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", [(1, 48)]));

    [Fact]
    public void An_object_into_a_not_containing_union_is_reported() =>
        Validate("""
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """).ShouldHaveErrors(
            ("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", [(1, 49)]));

    [Fact]
    public void A_union_into_a_not_contained_object_is_reported() =>
        Validate("""
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """).ShouldHaveErrors(
            ("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", [(1, 46)]));

    [Fact]
    public void A_union_into_a_non_overlapping_interface_is_reported() =>
        Validate("""
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """).ShouldHaveErrors(
            ("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", [(1, 47)]));

    [Fact]
    public void A_union_into_a_non_overlapping_union_is_reported() =>
        Validate("""
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """).ShouldHaveErrors(
            ("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", [(1, 48)]));

    [Fact]
    public void An_interface_into_a_non_implementing_object_is_reported() =>
        Validate("""
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            """).ShouldHaveErrors(
            ("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", [(1, 48)]));

    [Fact]
    public void An_interface_into_a_non_overlapping_interface_is_reported() =>
        Validate("""
            fragment invalidInterfaceWithinInterface on Pet {
              ...intelligentFragment
            }
            fragment intelligentFragment on Intelligent { iq }
            """).ShouldHaveErrors(
            ("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", [(2, 3)]));

    [Fact]
    public void An_interface_into_a_non_overlapping_interface_in_an_inline_fragment_is_reported() =>
        Validate("""
            fragment invalidInterfaceWithinInterfaceAnon on Pet {
              ...on Intelligent { iq }
            }
            """).ShouldHaveErrors(
            ("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", [(2, 3)]));

    [Fact]
    public void An_interface_into_a_non_overlapping_union_is_reported() =>
        Validate("""
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """).ShouldHaveErrors(
            ("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", [(1, 56)]));
}
