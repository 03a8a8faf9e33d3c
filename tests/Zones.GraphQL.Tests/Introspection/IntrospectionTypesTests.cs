using Zones.GraphQL.Introspection;
using Zones.GraphQL.Types;
using static Zones.GraphQL.Tests.Execution.ExecutionHarness;

namespace Zones.GraphQL.Tests.Introspection;

public class IntrospectionTypesTests
{
    static readonly Schema Schema = SchemaBuilder.Build("""
        type Query { zone(id: ID, old: Int @deprecated): Zone }
        type Zone { id: ID! kind: Kind }
        enum Kind { PARK OLD @deprecated(reason: "gone") }
        input Pick @oneOf { a: Int b: String @deprecated }
        """);

    [Fact]
    public void Every_schema_has_the_introspection_types_after_its_own() =>
        Assert.Equal(["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            Schema.TypeMap.Keys.SkipWhile(n => !n.StartsWith("__")));

    [Fact]
    public async Task Deprecated_arguments_and_input_fields_show_only_when_asked() =>
        Assert.Equal("""{"data":{"q":{"fields":[{"args":[{"name":"id"}],"all":[{"name":"id"},{"name":"old"}]}]},"p":{"isOneOf":true,"inputFields":[{"name":"a"}]}}}""",
            await RunAsync(Schema, """
                { q: __type(name: "Query") { fields { args { name } all: args(includeDeprecated: true) { name } } }
                  p: __type(name: "Pick") { isOneOf inputFields { name } } }
                """));

    [Fact]
    public async Task Type_lookup_by_an_unknown_name_is_null_and_typename_names_the_runtime_type() =>
        Assert.Equal("""{"data":{"__type":null,"__typename":"Query"}}""", await RunAsync(Schema, """{ __type(name: "Nope") { name } __typename }"""));
}
