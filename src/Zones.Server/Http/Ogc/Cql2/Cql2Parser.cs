namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>The <c>filter</c> parameter in either encoding of OGC API Features Part 3.</summary>
static class Cql2Parser
{
    public const string Text = "cql2-text";
    public const string Json = "cql2-json";

    /// <summary>Reads <paramref name="filter"/> as <paramref name="filterLang"/> says (CQL2-text when absent).</summary>
    /// <exception cref="Cql2Exception">A syntax error, with the character it was found at.</exception>
    public static Cql2Expression Parse(string filter, string? filterLang) =>
        // cql-text is the draft's name, which GDAL's OAPIF driver still sends; its syntax is a subset of CQL2-text.
        string.IsNullOrEmpty(filterLang) || filterLang.Equals(Text, StringComparison.OrdinalIgnoreCase) || filterLang.Equals("cql-text", StringComparison.OrdinalIgnoreCase)
            ? Cql2TextParser.Parse(filter)
            : filterLang.Equals(Json, StringComparison.OrdinalIgnoreCase)
                ? Cql2JsonParser.Parse(filter)
                : throw new Cql2Exception(
                    $"不支持 filter-lang={filterLang}：可用 {Text}（默认）或 {Json}。Unsupported filter-lang '{filterLang}': use {Text} (the default) or {Json}.", null);
}
