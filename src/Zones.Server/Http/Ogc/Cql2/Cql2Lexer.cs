using System.Text;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// Splits CQL2-text into tokens (OGC 21-065r2 §8 BNF): names and keywords, "double-quoted"
/// names, 'character literals' (<c>''</c> or <c>\'</c> for a quote), numbers with an optional
/// sign and exponent, and the punctuation <c>( ) , = &lt;&gt; &lt; &gt; &lt;= &gt;=</c>.
/// </summary>
static class Cql2Lexer
{
    public static List<Cql2Token> Tokenize(string text)
    {
        var tokens = new List<Cql2Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length)
            {
                tokens.Add(new(Cql2TokenKind.End, "", text.Length + 1));
                return tokens;
            }
            var start = i;
            var c = text[i];
            if (c == '\'')
                tokens.Add(new(Cql2TokenKind.Text, Quoted(text, ref i, '\''), start + 1));
            else if (c == '"')
                tokens.Add(new(Cql2TokenKind.QuotedName, Quoted(text, ref i, '"'), start + 1));
            else if (char.IsDigit(c) || (c is '-' or '+' or '.' && i + 1 < text.Length && (char.IsDigit(text[i + 1]) || text[i + 1] == '.')))
                tokens.Add(new(Cql2TokenKind.Number, Number(text, ref i), start + 1));
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or ':'))
                    i++;
                tokens.Add(new(Cql2TokenKind.Name, text[start..i], start + 1));
            }
            else if (c is '<' or '>' && i + 1 < text.Length && (text[i + 1] == '=' || (c == '<' && text[i + 1] == '>')))
            {
                tokens.Add(new(Cql2TokenKind.Punctuation, text.Substring(i, 2), start + 1));
                i += 2;
            }
            else if (c is '(' or ')' or ',' or '=' or '<' or '>')
            {
                tokens.Add(new(Cql2TokenKind.Punctuation, c.ToString(), start + 1));
                i++;
            }
            else if (c == '!' && i + 1 < text.Length && text[i + 1] == '=')
                throw Cql2Exception.At(start + 1, "不等于请写作 <>，不是 !=", "write 'not equal' as <>, not !=");
            else
                throw Cql2Exception.At(start + 1, $"不认识的字符“{c}”（可用：名称、'文字'、数字、( ) , = <> < > <= >=）",
                    $"unexpected character '{c}' (expected a name, a 'string', a number or one of ( ) , = <> < > <= >=)");
        }
    }

    // 'it''s' and 'it\'s' are both "it's" (CQL2 escapeQuote); a "name" doubles its quote the same way.
    static string Quoted(string text, ref int i, char quote)
    {
        var start = i;
        var value = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
                throw Cql2Exception.At(start + 1, quote == '\'' ? "文字缺少结尾的单引号 '" : "名称缺少结尾的双引号 \"",
                    quote == '\'' ? "this string has no closing quote '" : "this quoted name has no closing quote \"");
            var c = text[i];
            if (c == quote && i + 1 < text.Length && text[i + 1] == quote)
            {
                value.Append(quote);
                i += 2;
            }
            else if (c == '\\' && quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                value.Append('\'');
                i += 2;
            }
            else if (c == quote)
            {
                i++;
                return value.ToString();
            }
            else
            {
                value.Append(c);
                i++;
            }
        }
    }

    static string Number(string text, ref int i)
    {
        var start = i;
        if (text[i] is '-' or '+')
            i++;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
            i++;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+')
                i++;
            while (i < text.Length && char.IsDigit(text[i]))
                i++;
        }
        if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
            throw Cql2Exception.At(i + 1, $"数字“{text[start..i]}”后面紧跟着字母，数字和名称之间要有空格或运算符",
                $"the number '{text[start..i]}' runs into a letter; separate numbers and names with a space or an operator");
        return text[start..i];
    }
}
