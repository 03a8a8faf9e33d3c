using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Tests.Language;

public class PrinterTests
{
    static string Reprint(string body) => Printer.Print(Parser.Parse(body));

    static NameNode Name(string value) => new(value);

    [Fact]
    public void Prints_an_ast_built_in_code()
    {
        var field = new FieldNode(null, Name("zones"), [new ArgumentNode(Name("first"), new IntValueNode("2"))], [], null);
        var operation = new OperationDefinitionNode(OperationType.Query, null, Name("Q"), [], [], new SelectionSetNode([field]));
        Assert.Equal("query Q {\n  zones(first: 2)\n}", Printer.Print(new DocumentNode([operation])));
    }

    [Fact]
    public void Anonymous_queries_without_variables_or_directives_use_the_shorthand()
    {
        Assert.Equal("{\n  a\n}", Reprint("query { a }"));
        Assert.Equal("query @d {\n  a\n}", Reprint("query @d { a }"));
        Assert.Equal("mutation {\n  a\n}", Reprint("mutation { a }"));
    }

    [Fact]
    public void Arguments_wrap_only_past_eighty_characters()
    {
        // "f" + "(" + "a: \"…\"" + ")" is 80 characters with 72 x's, 81 with 73.
        var fits = "{ f(a: \"" + new string('x', 72) + "\") }";
        var wraps = "{ f(a: \"" + new string('x', 73) + "\") }";
        Assert.Equal("{\n  f(a: \"" + new string('x', 72) + "\")\n}", Reprint(fits));
        Assert.Equal("{\n  f(\n    a: \"" + new string('x', 73) + "\"\n  )\n}", Reprint(wraps));
    }

    [Fact]
    public void Strings_escape_control_characters_but_not_unicode() =>
        Assert.Equal("{\n  f(a: \"\\u0000\\u001F\\u007F\\u009F é \\\" \\\\ \\n\")\n}",
            Reprint("{ f(a: \"\\u0000\\u001f\\u007f\\u009f \\u00e9 \\\" \\\\ \\n\") }"));

    [Fact]
    public void Block_strings_are_indented_with_their_field()
    {
        const string body = "{ a { b(c: \"\"\"\n  one\n  two\n\"\"\") } }";
        Assert.Equal("{\n  a {\n    b(c: \"\"\"\n    one\n    two\n    \"\"\")\n  }\n}", Reprint(body));
    }

    [Fact]
    public void Described_argument_definitions_go_one_per_line() =>
        Assert.Equal("type A {\n  f(\n    \"doc\"\n    a: Int\n    b: Int\n  ): Int\n}", Reprint("type A { f(\"doc\" a: Int, b: Int): Int }"));

    [Fact]
    public void Definitions_are_separated_by_blank_lines() =>
        Assert.Equal("scalar A\n\nunion U = A | B\n\nextend enum E @d", Reprint("scalar A union U = | A | B extend enum E @d"));

    [Fact]
    public void Directive_definitions_print_repeatable_and_locations() =>
        Assert.Equal("directive @d(a: Int = 1) repeatable on FIELD | QUERY", Reprint("directive @d(a: Int = 1) repeatable on | FIELD | QUERY"));

    [Theory]
    [InlineData("kitchen-sink.graphql")]
    [InlineData("schema-kitchen-sink.graphql")]
    public void Printing_is_idempotent_on_the_kitchen_sinks(string file)
    {
        var printed = Reprint(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", file)));
        Assert.Equal(printed, Reprint(printed));
    }
}
