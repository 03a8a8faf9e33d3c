using Zones.GraphQL.Types;

namespace Zones.GraphQL.Tests.Types;

public class SchemaPrinterTests
{
    static string Reprint(string sdl) => SchemaPrinter.Print(SchemaBuilder.Build(sdl));

    [Fact]
    public void Conventional_roots_print_without_a_schema_block() =>
        Assert.Equal("type Query {\n  a: Int\n}", Reprint("schema { query: Query } type Query { a: Int }"));

    [Fact]
    public void Float_defaults_print_as_javascript_numbers() =>
        Assert.Equal("type Query {\n  f(a: Float = 1, b: Float = 1e-7, c: [Float] = [2.5]): Int\n}",
            Reprint("type Query { f(a: Float = 1.0, b: Float = 0.0000001, c: [Float] = 2.50): Int }"));

    [Fact]
    public void Invalid_defaults_print_no_default() =>
        Assert.Equal("type Query {\n  f(a: Int, b: Int!): Int\n}", Reprint("type Query { f(a: Int = \"x\", b: Int! = null): Int }"));

    [Fact]
    public void Described_items_after_the_first_get_a_blank_line() =>
        Assert.Equal("enum E {\n  \"\"\"one\"\"\"\n  A\n\n  \"\"\"two\"\"\"\n  B\n}\n\ntype Query {\n  e: E\n}",
            Reprint("enum E { \"one\" A \"two\" B } type Query { e: E }"));

    [Fact]
    public void Deprecation_with_the_default_reason_prints_bare() =>
        Assert.Equal("type Query {\n  a: Int @deprecated\n  b: Int @deprecated(reason: \"x\")\n}",
            Reprint("type Query { a: Int @deprecated(reason: \"No longer supported\") b: Int @deprecated(reason: \"x\") }"));

    [Fact]
    public void Built_in_scalars_and_directives_are_left_out() =>
        Assert.Equal("directive @d on FIELD\n\nscalar S @specifiedBy(url: \"u\")\n\ntype Query {\n  s: S\n}",
            Reprint("scalar String directive @d on FIELD scalar S @specifiedBy(url: \"u\") type Query { s: S }"));
}
