using Zones.GraphQL.Types;

namespace Zones.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    const string Sdl = """
        schema { query: Root }
        directive @tag(name: String!) repeatable on OBJECT
        interface Node { id: ID! }
        type Root implements Node @tag(name: "r") { id: ID! zone(id: ID = 1, kind: Kind = PARK): Zone old: Int @deprecated }
        type Zone implements Node { id: ID! parent: Zone }
        enum Kind { PARK SCHOOL @deprecated(reason: "merged") }
        input Filter @oneOf { a: Int b: [String] = "x" }
        union Result = Zone | Root
        extend type Zone { name: String }
        """;

    static readonly Schema Schema = SchemaBuilder.Build(Sdl);

    [Fact]
    public void Roots_come_from_the_schema_definition() =>
        Assert.Equal(("Root", null, null), (Schema.Query?.Name, Schema.Mutation, Schema.Subscription));

    // The order graphql-js 16.15 gives for Sdl: user types, then Boolean (from @include/@skip), then introspection.
    [Fact]
    public void Types_are_in_graphql_js_collection_order() =>
        Assert.Equal(["Node", "ID", "Root", "Int", "Zone", "String", "Kind", "Filter", "Result", "Boolean",
            "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"], Schema.TypeMap.Keys);

    [Fact]
    public void Extensions_add_fields_after_the_definition_fields()
    {
        var zone = (ObjectType)Schema.GetType("Zone")!;
        Assert.Equal(["id", "parent", "name"], zone.Fields.Keys);
        Assert.Single(zone.ExtensionAstNodes);
    }

    [Fact]
    public void Default_values_are_coerced_to_the_argument_type()
    {
        var zone = ((ObjectType)Schema.GetType("Root")!).Fields["zone"];
        Assert.Equal(("1", "PARK"), (zone.Arguments[0].DefaultValue, zone.Arguments[1].DefaultValue));
        var b = ((InputObjectType)Schema.GetType("Filter")!).Fields["b"];
        Assert.Equal(["x"], Assert.IsType<List<object?>>(b.DefaultValue));
    }

    [Fact]
    public void Deprecations_oneOf_and_repeatable_are_read_from_directives()
    {
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, ((ObjectType)Schema.GetType("Root")!).Fields["old"].DeprecationReason);
        Assert.Equal("merged", ((EnumType)Schema.GetType("Kind")!).GetValue("SCHOOL")!.DeprecationReason);
        Assert.True(((InputObjectType)Schema.GetType("Filter")!).IsOneOf);
        Assert.True(Schema.GetDirective("tag")!.IsRepeatable);
    }

    [Fact]
    public void Built_in_directives_are_added_after_user_directives() =>
        Assert.Equal(["tag", "include", "skip", "deprecated", "specifiedBy", "oneOf"], Schema.Directives.Select(d => d.Name));

    [Fact]
    public void Without_a_schema_definition_roots_are_found_by_name()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int } type Mutation { b: Int } type Other { c: Int }");
        Assert.Equal(("Query", "Mutation"), (schema.Query?.Name, schema.Mutation?.Name));
    }

    [Fact]
    public void Unknown_types_are_reported() =>
        Assert.Equal("Unknown type: \"Missing\".",
            Assert.Throws<InvalidOperationException>(() => SchemaBuilder.Build("type Query { a: Missing }").TypeMap).Message);
}
