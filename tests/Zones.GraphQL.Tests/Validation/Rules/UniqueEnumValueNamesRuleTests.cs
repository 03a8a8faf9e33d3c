using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueEnumValueNamesRuleTests
{
    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueEnumValueNamesRule(ctx));

    [Fact]
    public void No_values_is_valid() =>
        ValidateSdl("""
            enum SomeEnum
            """).ShouldBeValid();

    [Fact]
    public void Unique_values_are_valid() =>
        ValidateSdl("""
            enum SomeEnum {
              FOO
              BAR
            }
            """).ShouldBeValid();

    [Fact]
    public void Values_across_types_may_repeat() =>
        ValidateSdl("""
            enum SomeEnum { FOO }
            enum OtherEnum { FOO }
            """).ShouldBeValid();

    [Fact]
    public void Duplicate_values_in_a_type_are_reported() =>
        ValidateSdl("""
            enum SomeEnum {
              FOO
              BAR
              FOO
            }
            """).ShouldHaveErrors(
            ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(2, 3), (4, 3)]));

    [Fact]
    public void Duplicate_values_in_extensions_are_reported() =>
        ValidateSdl("""
            enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              BAR
              BAR
            }
            """).ShouldHaveErrors(
            ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(2, 3), (5, 3)]),
            ("Enum value \"SomeEnum.BAR\" can only be defined once.", [(8, 3), (9, 3)]));
}
