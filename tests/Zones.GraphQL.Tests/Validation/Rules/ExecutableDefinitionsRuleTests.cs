using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class ExecutableDefinitionsRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new ExecutableDefinitionsRule(ctx));

    [Fact]
    public void Only_an_operation_is_valid() =>
        Validate("""
            query Foo {
              dog {
                name
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void An_operation_and_a_fragment_are_valid() =>
        Validate("""
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """).ShouldBeValid();

    [Fact]
    public void Type_definitions_are_reported() =>
        Validate("""
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """).ShouldHaveErrors(
            ("The \"Cow\" definition is not executable.", [(7, 1)]),
            ("The \"Dog\" definition is not executable.", [(11, 1)]));

    [Fact]
    public void Schema_definitions_and_extensions_are_reported() =>
        Validate("""
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """).ShouldHaveErrors(
            ("The schema definition is not executable.", [(1, 1)]),
            ("The \"Query\" definition is not executable.", [(5, 1)]),
            ("The schema definition is not executable.", [(9, 1)]));

    [Fact]
    public void Directive_and_scalar_definitions_are_reported_by_name() =>
        Validate("""
            directive @tag on FIELD
            scalar Date
            { dog { name } }
            """).ShouldHaveErrors(
            ("The \"tag\" definition is not executable.", [(1, 1)]),
            ("The \"Date\" definition is not executable.", [(2, 1)]));
}
