using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class PossibleTypeExtensionsRuleTests
{
    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new PossibleTypeExtensionsRule(ctx));

    [Fact]
    public void Extensions_of_defined_types_are_valid() =>
        ValidateSdl("""
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject

            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy
            """).ShouldBeValid();

    [Fact]
    public void Extensions_of_undefined_types_are_reported_with_suggestions() =>
        ValidateSdl("""
            type Known

            extend scalar Unknown @dummy
            extend type Knwon @dummy
            extend interface Kown @dummy
            extend union Foo @dummy
            extend enum Known2 @dummy
            extend input Unknown @dummy
            """).ShouldHaveErrors(
            ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(3, 15)]),
            ("Cannot extend type \"Knwon\" because it is not defined. Did you mean \"Known\"?", [(4, 13)]),
            ("Cannot extend type \"Kown\" because it is not defined. Did you mean \"Known\"?", [(5, 18)]),
            ("Cannot extend type \"Foo\" because it is not defined.", [(6, 14)]),
            ("Cannot extend type \"Known2\" because it is not defined. Did you mean \"Known\"?", [(7, 13)]),
            ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(8, 14)]));

    [Fact]
    public void Extensions_of_the_wrong_kind_are_reported() =>
        ValidateSdl("""
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject

            extend type FooScalar @dummy
            extend interface FooObject @dummy
            extend union FooInterface @dummy
            extend enum FooUnion @dummy
            extend input FooEnum @dummy
            extend scalar FooInputObject @dummy
            """).ShouldHaveErrors(
            ("Cannot extend non-object type \"FooScalar\".", [(1, 1), (8, 1)]),
            ("Cannot extend non-interface type \"FooObject\".", [(2, 1), (9, 1)]),
            ("Cannot extend non-union type \"FooInterface\".", [(3, 1), (10, 1)]),
            ("Cannot extend non-enum type \"FooUnion\".", [(4, 1), (11, 1)]),
            ("Cannot extend non-input object type \"FooEnum\".", [(5, 1), (12, 1)]),
            ("Cannot extend non-scalar type \"FooInputObject\".", [(6, 1), (13, 1)]));
}
