using Zones.GraphQL.Language;

namespace Zones.GraphQL.Tests.Language;

public class LexerTests
{
    static Token Lex(string body) => new Lexer(new Source(body)).Advance();

    static (string Message, int Line, int Column) LexError(string body)
    {
        var error = Assert.Throws<GraphQLError>(() => Lex(body));
        return (error.Message, error.Locations![0].Line, error.Locations[0].Column);
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.EqualsSign)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    public void Punctuators_are_single_tokens_without_value(string body, TokenKind kind)
    {
        var token = Lex(body);
        Assert.Equal((kind, 0, body.Length, (string?)null), (token.Kind, token.Start, token.End, token.Value));
    }

    [Theory]
    [InlineData("name", TokenKind.Name, "name")]
    [InlineData("_under_score9", TokenKind.Name, "_under_score9")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("-42", TokenKind.Int, "-42")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-1.5e+3", TokenKind.Float, "-1.5e+3")]
    [InlineData("123E4", TokenKind.Float, "123E4")]
    [InlineData("\"simple\"", TokenKind.String, "simple")]
    [InlineData("\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", TokenKind.String, "esc \" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u00e9\\u{1F600}\\uD83D\\uDE00\"", TokenKind.String, "é😀😀")]
    [InlineData("\"\"\"  block \"quoted\" \\\"\"\" \"\"\"", TokenKind.BlockString, "  block \"quoted\" \"\"\" ")]
    public void Values_are_interpreted(string body, TokenKind kind, string value)
    {
        var token = Lex(body);
        Assert.Equal((kind, value), (token.Kind, token.Value));
    }

    [Fact]
    public void Ignored_tokens_are_skipped_and_positions_are_one_based()
    {
        var token = Lex("\uFEFF ,\t\n  # comment\r\n\r  foo");
        Assert.Equal((TokenKind.Name, 4, 3, 21), (token.Kind, token.Line, token.Column, token.Start));
    }

    [Fact]
    public void Comments_are_linked_between_tokens_but_not_returned()
    {
        var lexer = new Lexer(new Source("{ # note\n}"));
        var open = lexer.Advance();
        var close = lexer.Advance();
        Assert.Equal(TokenKind.BraceR, close.Kind);
        Assert.Equal((TokenKind.Comment, " note"), (open.Next!.Kind, open.Next.Value));
        Assert.Same(open.Next, close.Prev);
    }

    [Fact]
    public void Lookahead_does_not_advance_and_eof_repeats()
    {
        var lexer = new Lexer(new Source("a"));
        Assert.Equal(TokenKind.Name, lexer.Lookahead().Kind);
        Assert.Equal(TokenKind.Sof, lexer.Token.Kind);
        lexer.Advance();
        Assert.Same(lexer.Advance(), lexer.Advance());
        Assert.Equal(TokenKind.Eof, lexer.Token.Kind);
    }

    [Fact]
    public void A_block_string_spanning_lines_moves_the_line_counter()
    {
        var lexer = new Lexer(new Source("\"\"\"a\n b\r\n c\"\"\" d"));
        Assert.Equal((1, 1), (lexer.Advance().Line, lexer.Token.Column));
        Assert.Equal((3, 7), (lexer.Advance().Line, lexer.Token.Column));
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\n  '", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 2, 3)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("é", "Syntax Error: Unexpected character: U+00E9.", 1, 1)]
    [InlineData("😀", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    public void Unexpected_characters_are_reported(string body, string message, int line, int column) =>
        Assert.Equal((message, line, column), LexError(body));

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData("1.0.", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("1_0", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1, 1)]
    public void Invalid_numbers_are_reported(string body, string message, int line, int column) =>
        Assert.Equal((message, line, column), LexError(body));

    [Theory]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"a\nb\"", "Syntax Error: Unterminated string.", 1, 3)]
    [InlineData("\"\"\"abc\"\"", "Syntax Error: Unterminated string.", 1, 9)]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"\\u12\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\"\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    [InlineData("\"\\uD800\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    public void Invalid_strings_are_reported(string body, string message, int line, int column) =>
        Assert.Equal((message, line, column), LexError(body));

    // Lone surrogates cannot live in attribute data (they become U+FFFD), so these are built in code.
    [Theory]
    [InlineData("{0}", "Syntax Error: Invalid character: U+D800.", 1)]
    [InlineData("\"{1}\"", "Syntax Error: Invalid character within String: U+DC00.", 2)]
    [InlineData("\"\"\"{0}\"\"\"", "Syntax Error: Invalid character within String: U+D800.", 4)]
    [InlineData("# {0}\n", "Syntax Error: Invalid character: U+D800.", 3)]
    public void Lone_surrogates_are_invalid_source_characters(string format, string message, int column) =>
        Assert.Equal((message, 1, column), LexError(string.Format(format, '\uD800', '\uDC00')));

    [Fact]
    public void Too_many_comments_abort_lexing()
    {
        var lexer = new Lexer(new Source("# a\n# b\nc")) { MaxComments = 1 };
        var error = Assert.Throws<GraphQLError>(() => lexer.Advance());
        Assert.Equal(("Syntax Error: Document contains more than 1 comments. Parsing aborted.", 2, 1),
            (error.Message, error.Locations![0].Line, error.Locations[0].Column));
    }
}
