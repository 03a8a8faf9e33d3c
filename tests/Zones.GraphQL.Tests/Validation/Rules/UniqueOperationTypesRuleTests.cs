using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class UniqueOperationTypesRuleTests
{
    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new UniqueOperationTypesRule(ctx));

    [Fact]
    public void No_schema_definition_is_valid() =>
        ValidateSdl("""
            type Foo
            """).ShouldBeValid();

    [Fact]
    public void A_schema_definition_with_all_types_is_valid() =>
        ValidateSdl("""
            type Foo
            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """).ShouldBeValid();

    [Fact]
    public void A_schema_definition_and_extensions_with_distinct_types_are_valid() =>
        ValidateSdl("""
            type Foo
            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """).ShouldBeValid();

    [Fact]
    public void Duplicate_operation_types_are_reported() =>
        ValidateSdl("""
            type Foo
            schema {
              query: Foo
              mutation: Foo
              subscription: Foo

              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """).ShouldHaveErrors(
            ("There can be only one query type in schema.", [(3, 3), (7, 3)]),
            ("There can be only one mutation type in schema.", [(4, 3), (8, 3)]),
            ("There can be only one subscription type in schema.", [(5, 3), (9, 3)]));

    [Fact]
    public void Duplicate_operation_types_in_extensions_are_reported() =>
        ValidateSdl("""
            type Foo
            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """).ShouldHaveErrors(
            ("There can be only one query type in schema.", [(3, 3), (8, 3)]),
            ("There can be only one mutation type in schema.", [(4, 3), (9, 3)]),
            ("There can be only one subscription type in schema.", [(5, 3), (10, 3)]));
}
