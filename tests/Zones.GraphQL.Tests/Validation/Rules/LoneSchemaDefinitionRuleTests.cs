using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class LoneSchemaDefinitionRuleTests
{
    static ValidationAssert ValidateSdl(string sdl) =>
        ValidationHarness.ValidateSdl(sdl, ctx => new LoneSchemaDefinitionRule(ctx));

    [Fact]
    public void No_schema_is_valid() =>
        ValidateSdl("""
            type Query {
              foo: String
            }
            """).ShouldBeValid();

    [Fact]
    public void One_schema_definition_is_valid() =>
        ValidateSdl("""
            schema {
              query: Foo
            }

            type Foo {
              foo: String
            }
            """).ShouldBeValid();

    [Fact]
    public void Multiple_schema_definitions_are_reported() =>
        ValidateSdl("""
            schema {
              query: Foo
            }

            type Foo {
              foo: String
            }

            schema {
              mutation: Foo
            }

            schema {
              subscription: Foo
            }
            """).ShouldHaveErrors(
            ("Must provide only one schema definition.", [(9, 1)]),
            ("Must provide only one schema definition.", [(13, 1)]));

    [Fact]
    public void A_schema_extension_is_not_a_definition() =>
        ValidateSdl("""
            schema { query: Foo }
            extend schema { mutation: Foo }
            type Foo { foo: String }
            """).ShouldBeValid();
}
