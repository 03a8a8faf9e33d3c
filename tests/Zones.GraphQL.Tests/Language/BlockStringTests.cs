using Zones.GraphQL.Language;

namespace Zones.GraphQL.Tests.Language;

public class BlockStringTests
{
    static string Dedent(params string[] lines) => string.Join("|", BlockString.DedentLines(lines));

    [Fact]
    public void Common_indentation_is_removed_except_on_the_first_line() =>
        Assert.Equal("  first|a|  b|c", Dedent("  first", "    a", "      b", "    c"));

    [Fact]
    public void Leading_and_trailing_blank_lines_are_removed_but_inner_ones_kept() =>
        Assert.Equal("a||b", Dedent("", "  ", "  a", "", "  b", " \t ", ""));

    [Fact]
    public void Blank_lines_do_not_count_towards_the_common_indent_and_are_emptied() =>
        Assert.Equal("a||b", Dedent("", "    a", "   ", "    b"));

    [Fact]
    public void Tabs_and_spaces_count_as_one_character_each() =>
        Assert.Equal("a|b", Dedent("", "\t a", " \tb"));

    [Fact]
    public void Only_blank_lines_give_nothing() =>
        Assert.Equal("", Dedent("  ", "", "\t"));

    [Theory]
    [InlineData("", true)]
    [InlineData("plain text", true)]
    [InlineData("two\nlines", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing empty line\n", false)]
    [InlineData("  all\n  indented", false)]
    [InlineData("has \r carriage return", false)]
    [InlineData("has \u0007 control", false)]
    [InlineData("has \u0010 DLE, allowed like graphql-js", true)]
    public void Printability_matches_graphql_js(string value, bool printable) =>
        Assert.Equal(printable, BlockString.IsPrintable(value));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    [InlineData("a\n  b\n  c", "\"\"\"\na\n  b\n  c\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends \"\"\"", "\"\"\"\nends \\\"\"\"\n\"\"\"")]
    public void Printing_follows_graphql_js_printBlockString(string value, string printed) =>
        Assert.Equal(printed, BlockString.Print(value));

    [Fact]
    public void Lines_after_the_first_that_are_all_indented_force_a_leading_newline() =>
        Assert.Equal("\"\"\"\n  x\n  y\n\"\"\"", BlockString.Print("  x\n  y"));

    [Fact]
    public void Long_single_lines_print_on_their_own_line() =>
        Assert.Equal($"\"\"\"\n{new string('a', 71)}\n\"\"\"", BlockString.Print(new string('a', 71)));

    [Fact]
    public void Minimize_never_adds_newlines() =>
        Assert.Equal("\"\"\"two\nlines\"\"\"", BlockString.Print("two\nlines", minimize: true));
}
