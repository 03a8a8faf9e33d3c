namespace Zones.GraphQL.Tests;

public class InspectTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(100.0, "100")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(123.456, "123.456")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Numbers_print_like_javascript(double value, string text) =>
        Assert.Equal(text, Inspect.Number(value));

    [Fact]
    public void Negative_zero_prints_as_zero_like_javascript() =>
        Assert.Equal("0", Inspect.Number(-0.0));

    [Fact]
    public void Values_print_like_graphql_js_inspect()
    {
        Assert.Equal("\"a\\\"b\\n\"", Inspect.Value("a\"b\n"));
        Assert.Equal("[1, \"x\", null, true]", Inspect.Value(new object?[] { 1, "x", null, true }));
        Assert.Equal("{ a: 1, b: [] }", Inspect.Value(new Dictionary<string, object?> { ["a"] = 1.0, ["b"] = Array.Empty<int>() }));
        Assert.Equal("[[[Array]]]", Inspect.Value(new[] { new[] { new[] { 1 } } }));
    }
}
