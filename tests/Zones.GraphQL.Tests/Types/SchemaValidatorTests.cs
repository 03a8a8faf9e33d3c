using Zones.GraphQL.Types;

namespace Zones.GraphQL.Tests.Types;

// The SDL cases are compared with graphql-js in the conformance suite (corpus/schema-validation);
// these cover what only code-first declarations can get wrong.
public class SchemaValidatorTests
{
    static IEnumerable<string> Messages(Schema schema) => SchemaValidator.Validate(schema).Select(e => e.Message);

    [Fact]
    public void Names_declared_in_code_must_be_graphql_names()
    {
        var query = new ObjectType("Query", t => { t.Field("zone-id", "ID"); t.Field("9lives", "Int"); });
        Assert.Equal(["Names must only contain [_a-zA-Z0-9] but \"zone-id\" does not.", "Names must start with [_a-zA-Z] but \"9lives\" does not."], Messages(new Schema(query)));
    }

    [Fact]
    public void A_schema_without_a_query_type_is_invalid_and_execution_refuses_it()
    {
        var schema = new Schema(null, new ObjectType("Mutation", t => t.Field("a", "Int")));
        Assert.Equal(["Query root type must be provided."], Messages(schema));
        Assert.Throws<InvalidOperationException>(() => SchemaValidator.AssertValid(schema));
    }

    [Fact]
    public void A_union_of_an_interface_cannot_be_built_and_says_why()
    {
        var error = Assert.Throws<GraphQLError>(() => SchemaBuilder.Build("type Query { u: U } interface I { a: Int } union U = I"));
        Assert.Equal(("Union type U can only include Object types, it cannot include I.", 1), (error.Message, error.Locations![0].Line));
    }

    [Fact]
    public void A_valid_code_first_schema_has_no_errors() =>
        Assert.Empty(Messages(new Schema(new ObjectType("Query", t => t.Field("a", "[Int!]!")))));
}
