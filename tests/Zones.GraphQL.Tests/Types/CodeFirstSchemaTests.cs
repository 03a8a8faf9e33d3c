using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using static Zones.GraphQL.Tests.Execution.ExecutionHarness;

namespace Zones.GraphQL.Tests.Types;

public class CodeFirstSchemaTests
{
    enum ZoneKind { Park, SchoolDistrict }

    sealed record Zone(int Id, string Name, ZoneKind Kind, int[] ChildIds);

    sealed record Asset(int Id, string Label);

    static readonly Zone[] Zones = [new(1, "Town", ZoneKind.SchoolDistrict, [2, 3]), new(2, "Park", ZoneKind.Park, []), new(3, "Pond", ZoneKind.Park, [])];

    static Schema BuildSchema()
    {
        var node = new InterfaceType("Node", t => t.Field("id", "ID!"));
        var zone = new ObjectType("Zone", t =>
        {
            t.Description("An area.");
            t.Implements(node);
            t.IsTypeOf<Zone>();
            t.Field("id", "ID!", z => ((Zone)z!).Id);
            t.Field("name", Scalars.String, z => ((Zone)z!).Name).Description("Its name.");
            t.Field("kind", "ZoneKind!");
            t.Field("children", "[Zone!]!", async (z, args, ctx) => await Task.FromResult(Zones.Where(c => ((Zone)z!).ChildIds.Contains(c.Id)).Take((int)args["first"]!).ToArray()))
                .Argument("first", "Int", defaultValue: 50, description: "How many.");
            t.Field("code", "String", _ => "x").Deprecated("Use id.");
        });
        var asset = new ObjectType("Asset", t => { t.Implements("Node"); t.IsTypeOf<Asset>(); t.Field("id", "ID!"); t.Field("label", "String"); });
        var query = new ObjectType("Query", t =>
        {
            t.Field("zone", zone, async (_, args, _) => await Task.FromResult(Zones.FirstOrDefault(z => z.Id == (int)args["id"]!))).Argument("id", "Int!");
            t.Field("nodes", "[Node!]!", _ => new object[] { Zones[1], new Asset(9, "Bench") });
            t.Field("byKind", "[Zone!]!", async (_, args, _) => await Task.FromResult(Zones.Where(z => z.Kind == (ZoneKind)args["kind"]!).ToArray())).Argument("kind", "ZoneKind!");
        });
        return new Schema(query, types: [asset, EnumType.From<ZoneKind>()]);
    }

    // Given types come first, then what they reference, then the roots (graphql-js collection order).
    [Fact]
    public void The_declared_schema_prints_as_sdl() =>
        Assert.Equal(""""
            type Asset implements Node {
              id: ID!
              label: String
            }

            interface Node {
              id: ID!
            }

            enum ZoneKind {
              PARK
              SCHOOL_DISTRICT
            }

            type Query {
              zone(id: Int!): Zone
              nodes: [Node!]!
              byKind(kind: ZoneKind!): [Zone!]!
            }

            """An area."""
            type Zone implements Node {
              id: ID!

              """Its name."""
              name: String
              kind: ZoneKind!
              children(
                """How many."""
                first: Int = 50
              ): [Zone!]!
              code: String @deprecated(reason: "Use id.")
            }
            """", SchemaPrinter.Print(BuildSchema()));

    [Fact]
    public async Task Resolvers_enums_and_is_type_of_work_end_to_end() =>
        Assert.Equal("""{"data":{"zone":{"name":"Town","kind":"SCHOOL_DISTRICT","children":[{"id":"2"}]},"nodes":[{"__typename":"Zone"},{"__typename":"Asset","label":"Bench"}],"byKind":[{"id":"2"},{"id":"3"}]}}""",
            await RunAsync(BuildSchema(), "{ zone(id: 1) { name kind children(first: 1) { id } } nodes { __typename ... on Asset { label } } byKind(kind: PARK) { id } }"));

    [Fact]
    public void A_type_referenced_by_an_unknown_name_fails_with_a_clear_message()
    {
        var query = new ObjectType("Query", t => t.Field("zone", "Zone"));
        var error = Assert.Throws<InvalidOperationException>(() => new Schema(query));
        Assert.Equal("Field Query.zone refers to unknown type \"Zone\". Pass that type to the Schema (types: …) or refer to it by object.", error.Message);
    }

    [Fact]
    public async Task Input_objects_unions_and_custom_scalars_are_declared_in_code()
    {
        var point = new ScalarType("Point") { SpecifiedByUrl = "https://example.com/point", SerializeWith = v => $"({v})" };
        var filter = new InputObjectType("Filter", i => { i.Field("name", "String").Field("id", "ID"); i.OneOf(); });
        var result = new UnionType("Result", u => { u.Types("Hit"); u.ResolveType((_, _) => "Hit"); });
        var hit = new ObjectType("Hit", t => t.Field("at", point, v => v));
        var query = new ObjectType("Query", t => t.Field("find", "Result", async (_, args, _) => await Task.FromResult((object?)((Dictionary<string, object?>)args["by"]!)["name"])).Argument("by", filter));
        Assert.Equal("""{"data":{"find":{"at":"(x)"}}}""", await RunAsync(new Schema(query, types: [result, hit]), """{ find(by: {name: "x"}) { ... on Hit { at } } }"""));
    }

    [Fact]
    public async Task Resolvers_attach_to_a_schema_built_from_sdl_by_coordinate()
    {
        var schema = SchemaBuilder.Build("type Query { double(n: Int!): Int }").Resolve("Query.double", (_, args, _) => new((int)args["n"]! * 2));
        Assert.Equal("""{"data":{"double":42}}""", await RunAsync(schema, "{ double(n: 21) }"));
    }

    // The third argument of Argument is the default value; of an input field, the description.
    [Fact]
    public void Argument_defaults_and_input_field_descriptions_are_positional()
    {
        var input = new InputObjectType("Point", i => i.Field("lon", "Float!", "Longitude.").Field("crs", "String", defaultValue: Default.Null));
        var query = new ObjectType("Query", t => t.Field("at", "Int").Argument("p", input).Argument("crs", "String", "WGS84", "The CRS.").Argument("n", "Int", 7));
        Assert.Equal(""""
            input Point {
              """Longitude."""
              lon: Float!
              crs: String = null
            }
            """", SchemaPrinter.Type(input));
        var arguments = query.Fields["at"].Arguments;
        Assert.Equal(("WGS84", "The CRS.", (object?)7), (arguments[1].DefaultValue, arguments[1].Description, arguments[2].DefaultValue));
    }

    [Fact]
    public void Enum_member_names_become_upper_snake_case() =>
        Assert.Equal(["PARK", "SCHOOL_DISTRICT", "HTTP_SERVER"], new[] { "Park", "SchoolDistrict", "HTTPServer" }.Select(EnumTypeBuilder.UpperSnake));
}
