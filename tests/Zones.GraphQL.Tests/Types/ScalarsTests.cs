using Zones.GraphQL.Language;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Tests.Types;

public class ScalarsTests
{
    static string ErrorOf(Func<object?> coerce) => Assert.Throws<GraphQLError>(coerce).Message;

    static object? Literal(ScalarType scalar, string literal) => scalar.ParseLiteral(Parser.ParseValue(literal));

    [Fact]
    public void Int_serializes_integers_booleans_and_numeric_strings()
    {
        Assert.Equal([1, 0, 123, -5, 3], new object[] { true, false, "123", -5L, 3.0 }.Select(v => Scalars.Int.Serialize(v)));
        Assert.Equal("Int cannot represent non-integer value: 1.1", ErrorOf(() => Scalars.Int.Serialize(1.1)));
        Assert.Equal("Int cannot represent non-integer value: \"one\"", ErrorOf(() => Scalars.Int.Serialize("one")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 1e+100", ErrorOf(() => Scalars.Int.Serialize(1e100)));
    }

    [Fact]
    public void Int_input_must_be_a_32_bit_integer()
    {
        Assert.Equal(7, Scalars.Int.ParseValue(7L));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", ErrorOf(() => Scalars.Int.ParseValue(2147483648L)));
        Assert.Equal("Int cannot represent non-integer value: \"7\"", ErrorOf(() => Scalars.Int.ParseValue("7")));
        Assert.Equal("Int cannot represent non-integer value: 1.0", ErrorOf(() => Literal(Scalars.Int, "1.0")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: -2147483649", ErrorOf(() => Literal(Scalars.Int, "-2147483649")));
    }

    [Fact]
    public void Float_accepts_int_and_float_literals_only()
    {
        Assert.Equal(1.0, Literal(Scalars.Float, "1"));
        Assert.Equal(-1.5e3, Literal(Scalars.Float, "-1.5e3"));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", ErrorOf(() => Literal(Scalars.Float, "\"1\"")));
        Assert.Equal("Float cannot represent non numeric value: NaN", ErrorOf(() => Scalars.Float.ParseValue(double.NaN)));
    }

    [Fact]
    public void String_serializes_primitives_but_parses_only_strings()
    {
        Assert.Equal(["s", "true", "1.5", "100"], new object[] { "s", true, 1.5, 100 }.Select(v => Scalars.String.Serialize(v)));
        Assert.Equal("String cannot represent a non string value: 1", ErrorOf(() => Scalars.String.ParseValue(1)));
        Assert.Equal("String cannot represent a non string value: ENUM", ErrorOf(() => Literal(Scalars.String, "ENUM")));
    }

    [Fact]
    public void Boolean_serializes_numbers_but_parses_only_booleans()
    {
        Assert.Equal([true, false], new object[] { 1, 0.0 }.Select(v => Scalars.Boolean.Serialize(v)));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", ErrorOf(() => Scalars.Boolean.ParseValue(1)));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", ErrorOf(() => Literal(Scalars.Boolean, "\"true\"")));
    }

    [Fact]
    public void Id_accepts_strings_and_integers()
    {
        Assert.Equal(["123", "abc"], new object[] { 123, "abc" }.Select(v => Scalars.ID.Serialize(v)));
        Assert.Equal(["4", "x"], new[] { "4", "\"x\"" }.Select(v => Literal(Scalars.ID, v)));
        Assert.Equal("ID cannot represent value: 1.5", ErrorOf(() => Scalars.ID.Serialize(1.5)));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", ErrorOf(() => Literal(Scalars.ID, "1.5")));
    }

    [Fact]
    public void Custom_scalars_pass_values_through_and_read_literals_untyped()
    {
        var json = new ScalarType("JSON");
        Assert.Same(json, json.Serialize(json));
        var literal = Assert.IsType<Dictionary<string, object?>>(Literal(json, "{a: [1, \"b\", null], c: ENUM}"));
        Assert.Equal("{ a: [1, \"b\", null], c: \"ENUM\" }", Inspect.Value(literal));
    }
}
