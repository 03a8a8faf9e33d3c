using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class MaxIntrospectionDepthRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new MaxIntrospectionDepthRule(ctx));

    [Fact]
    public void Three_flat_fields_are_valid() =>
        Validate("""
            {
              __type(name: "Query") {
                trueFields: fields(includeDeprecated: true) { name }
                falseFields: fields(includeDeprecated: false) { name }
                omittedFields: fields { name }
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Two_fields_deep_are_valid() =>
        Validate("""
            {
              __schema { types { fields { type { fields { name } } } } }
            }
            """).ShouldBeValid();

    [Fact]
    public void Three_fields_deep_are_reported() =>
        Validate("""
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Maximum introspection depth exceeded", [(2, 3)]));

    [Fact]
    public void Three_interfaces_deep_are_reported() =>
        Validate("""
            {
              __type(name: "Query") {
                interfaces {
                  interfaces {
                    interfaces {
                      name
                    }
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Maximum introspection depth exceeded", [(2, 3)]));

    [Fact]
    public void Three_possible_types_deep_are_reported() =>
        Validate("""
            {
              __type(name: "Query") {
                possibleTypes {
                  possibleTypes {
                    possibleTypes {
                      name
                    }
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Maximum introspection depth exceeded", [(2, 3)]));

    [Fact]
    public void Three_input_fields_deep_are_reported() =>
        Validate("""
            {
              __type(name: "Query") {
                inputFields {
                  type {
                    inputFields {
                      type {
                        inputFields {
                          type {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """).ShouldHaveErrors(
            ("Maximum introspection depth exceeded", [(2, 3)]));

    [Fact]
    public void Depth_through_fragments_is_counted() =>
        Validate("""
            query test {
              __schema {
                types {
                  ...One
                }
              }
            }

            fragment One on __Type {
              fields {
                type {
                  ...Two
                }
              }
            }

            fragment Two on __Type {
              fields {
                type {
                  ...Three
                }
              }
            }

            fragment Three on __Type {
              fields {
                name
              }
            }
            """).ShouldHaveErrors(
            ("Maximum introspection depth exceeded", [(2, 3)]));

    [Fact]
    public void A_fragment_used_at_a_shallower_depth_first_is_rechecked_deeper() =>
        Validate("""
            {
              a: __type(name: "A") { ...F }
              b: __type(name: "B") { fields { type { fields { type { ...F } } } } }
            }
            fragment F on __Type { name fields { name } }
            """).ShouldHaveErrors(
            ("Maximum introspection depth exceeded", [(3, 3)]));

    [Fact]
    public void Cyclic_fragments_do_not_loop() =>
        Validate("""
            {
              __schema {
                types {
                  ...Cycle
                }
              }
            }
            fragment Cycle on __Type {
              ofType { ...Cycle }
            }
            """).ShouldBeValid();

    [Fact]
    public void Unknown_fragments_are_ignored() =>
        Validate("""
            {
              __schema { types { ...Missing } }
            }
            """).ShouldBeValid();

    [Fact]
    public void Each_root_introspection_field_is_reported() =>
        Validate("""
            {
              a: __type(name: "A") { interfaces { interfaces { interfaces { name } } } }
              b: __type(name: "B") { interfaces { interfaces { interfaces { name } } } }
            }
            """).ShouldHaveErrors(
            ("Maximum introspection depth exceeded", [(2, 3)]),
            ("Maximum introspection depth exceeded", [(3, 3)]));
}
