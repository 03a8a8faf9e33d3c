using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Tests.Language;

public class SourceLocationTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nbc", 3, 2, 2)]
    [InlineData("a\r\nbc", 4, 2, 2)]
    [InlineData("a\rb\rc", 4, 3, 1)]
    [InlineData("a\n\n", 3, 3, 1)]
    public void Lines_end_at_lf_crlf_and_cr(string body, int position, int line, int column) =>
        Assert.Equal(new SourceLocation(line, column), SourceLocation.Of(new Source(body), position));

    [Fact]
    public void Errors_on_nodes_carry_their_locations()
    {
        var document = Parser.Parse("{\n  a\n  b\n}");
        var fields = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var error = new GraphQLError("Two fields.", [fields[0], fields[1]], path: ["a", 0]);
        Assert.Equal([new SourceLocation(2, 3), new SourceLocation(3, 3)], error.Locations);
        Assert.Equal("Two fields. (2:3, 3:3)", error.ToString());
    }

    [Fact]
    public void Errors_without_located_nodes_have_no_locations() =>
        Assert.Null(new GraphQLError("No place.", [new NameNode("x")]).Locations);
}
