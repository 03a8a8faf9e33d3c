namespace Zones.Server.Http.Ogc.Cql2;

enum Cql2TokenKind { Name, QuotedName, Text, Number, Punctuation, End }

/// <summary>One token of CQL2-text; <paramref name="Position"/> is 1-based.</summary>
sealed record Cql2Token(Cql2TokenKind Kind, string Value, int Position)
{
    /// <summary>A keyword or name, case-insensitively (CQL2 keywords are case-insensitive).</summary>
    public bool Is(string word) => Kind == Cql2TokenKind.Name && Value.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(string p) => Kind == Cql2TokenKind.Punctuation && Value == p;

    /// <summary>How a message shows the token: “'abc'”, “end of filter”.</summary>
    public string Shown(bool zh) => Kind switch
    {
        Cql2TokenKind.End => zh ? "filter 结尾" : "the end of the filter",
        Cql2TokenKind.Text => $"'{Value}'",
        Cql2TokenKind.QuotedName => $"\"{Value}\"",
        _ => zh ? $"“{Value}”" : $"'{Value}'",
    };
}
