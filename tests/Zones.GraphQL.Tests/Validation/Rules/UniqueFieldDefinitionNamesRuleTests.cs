using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueFieldDefinitionNamesRuleTests
{
    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueFieldDefinitionNamesRule(ctx));

    [Fact]
    public void No_fields_is_valid() =>
        ValidateSdl("""
            type SomeObject
            interface SomeInterface
            input SomeInputObject
            """).ShouldBeValid();

    [Fact]
    public void Fields_across_types_may_repeat() =>
        ValidateSdl("""
            type SomeObject { foo: String }
            interface SomeInterface { foo: String }
            input SomeInputObject { foo: String }
            extend type SomeObject { bar: String }
            """).ShouldBeValid();

    [Fact]
    public void Duplicate_fields_in_a_type_are_reported() =>
        ValidateSdl("""
            type SomeObject {
              foo: String
              bar: String
              foo: String
            }

            interface SomeInterface {
              foo: String
              bar: String
              foo: String
            }

            input SomeInputObject {
              foo: String
              bar: String
              foo: String
            }
            """).ShouldHaveErrors(
            ("Field \"SomeObject.foo\" can only be defined once.", [(2, 3), (4, 3)]),
            ("Field \"SomeInterface.foo\" can only be defined once.", [(8, 3), (10, 3)]),
            ("Field \"SomeInputObject.foo\" can only be defined once.", [(14, 3), (16, 3)]));

    [Fact]
    public void Duplicate_fields_in_extensions_are_reported() =>
        ValidateSdl("""
            type SomeObject { foo: String }
            extend type SomeObject { foo: String }
            interface SomeInterface { foo: String }
            extend interface SomeInterface { foo: String }
            input SomeInputObject { foo: String }
            extend input SomeInputObject { foo: String }
            """).ShouldHaveErrors(
            ("Field \"SomeObject.foo\" can only be defined once.", [(1, 19), (2, 26)]),
            ("Field \"SomeInterface.foo\" can only be defined once.", [(3, 27), (4, 34)]),
            ("Field \"SomeInputObject.foo\" can only be defined once.", [(5, 25), (6, 32)]));
}
