using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Tests.Language;

public class ParserTests
{
    static readonly ParseOptions NoLocation = new() { NoLocation = true };

    static T Single<T>(string body) where T : DefinitionNode => Assert.IsType<T>(Parser.Parse(body).Definitions.Single());

    static (string Message, int Line, int Column) ParseError(string body, ParseOptions? options = null)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(body, options));
        return (error.Message, error.Locations![0].Line, error.Locations[0].Column);
    }

    [Fact]
    public void A_field_keeps_alias_arguments_directives_and_selections()
    {
        var operation = Single<OperationDefinitionNode>("{ x: f(a: 1) @d { g } }");
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections.Single());
        Assert.Equal(("x", "f", "a", "d"), (field.Alias!.Value, field.Name.Value, field.Arguments[0].Name.Value, field.Directives[0].Name.Value));
        Assert.Equal(new IntValueNode("1"), field.Arguments[0].Value);
        Assert.Single(field.SelectionSet!.Selections);
    }

    [Fact]
    public void Nodes_record_start_and_end_offsets()
    {
        var document = Parser.Parse("query Q { f(a: [1, 2]) }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal((0, 24), (document.Location!.Start, document.Location.End));
        Assert.Equal((10, 22), (field.Location!.Start, field.Location.End));
        Assert.Equal((15, 21), (field.Arguments[0].Value.Location!.Start, field.Arguments[0].Value.Location!.End));
    }

    [Fact]
    public void NoLocation_leaves_locations_out() =>
        Assert.Null(Parser.Parse("{ a }", NoLocation).Definitions[0].Location);

    [Fact]
    public void Equality_is_structural_and_ignores_locations() =>
        Assert.Equal(Parser.Parse("query Q($a: Int = 1) { f(a: $a) }"), Parser.Parse("query Q ( $a : Int = 1 ) {\n f ( a : $a ) }", NoLocation));

    [Fact]
    public void Operations_fragments_and_variables_may_have_descriptions()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { a }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(("op", "var"), (operation.Description!.Value, operation.VariableDefinitions[0].Description!.Value));
        Assert.True(((FragmentDefinitionNode)document.Definitions[1]).Description!.Block);
    }

    [Fact]
    public void Variable_definitions_take_const_directives()
    {
        var variable = Single<OperationDefinitionNode>("query Q($a: [Int!]! = [1] @d(x: 2)) { a }").VariableDefinitions[0];
        Assert.Equal(new NonNullTypeNode(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("Int"))))), variable.Type);
        Assert.Equal("d", variable.Directives.Single().Name.Value);
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    public void Executable_syntax_errors_have_graphql_js_messages(string body, string message, int line, int column) =>
        Assert.Equal((message, line, column), ParseError(body));

    [Theory]
    [InlineData("type A implements B, C { a: Int }", "Syntax Error: Unexpected Name \"C\".", 1, 22)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("directive @d on FIELD | UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 25)]
    [InlineData("directive @d(a: Int) FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("type A { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)]
    public void Sdl_syntax_errors_have_graphql_js_messages(string body, string message, int line, int column) =>
        Assert.Equal((message, line, column), ParseError(body));

    [Fact]
    public void Too_many_tokens_abort_parsing_with_graphql_js_wording()
    {
        Assert.Equal(("Syntax Error: Document contains more that 3 tokens. Parsing aborted.", 1, 7),
            ParseError("{ a { b } }", new ParseOptions { MaxTokens = 3 }));
        Assert.NotNull(Parser.Parse("{ a }", new ParseOptions { MaxTokens = 3 }));
    }

    [Fact]
    public void Sdl_definitions_parse_to_their_nodes()
    {
        var document = Parser.Parse("interface I implements J & K { f: Int } directive @d repeatable on FIELD | QUERY extend union U = A");
        var face = Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["J", "K"], face.Interfaces.Select(i => i.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[1]);
        Assert.Equal((true, 2), (directive.Repeatable, directive.Locations.Count));
        Assert.IsType<UnionTypeExtensionNode>(document.Definitions[2]);
    }

    [Theory]
    [InlineData("[1, $v, {a: null}]")]
    [InlineData("\"str\"")]
    [InlineData("ENUM")]
    public void ParseValue_reads_one_value(string body) =>
        Assert.Equal(body, Printer.Print(Parser.ParseValue(body)));

    [Fact]
    public void ParseConstValue_rejects_variables() =>
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.",
            Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("[$v]")).Message);

    [Fact]
    public void ParseType_reads_wrapped_types_and_requires_the_end()
    {
        Assert.Equal("[String!]!", Printer.Print(Parser.ParseType("[String!]!")));
        Assert.Equal("Syntax Error: Expected <EOF>, found Name \"b\".", Assert.Throws<GraphQLError>(() => Parser.ParseType("a b")).Message);
    }

    [Theory]
    [InlineData("kitchen-sink.graphql")]
    [InlineData("schema-kitchen-sink.graphql")]
    public void Kitchen_sink_survives_parse_print_parse(string file)
    {
        var ast = Parser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", file)));
        var printed = Printer.Print(ast);
        Assert.Equal(ast, Parser.Parse(printed));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }
}
