namespace Zones.Server.Data.Transfer;

/// <summary>One coded value: the code we store, its Chinese label, other words clerks use for it.</summary>
/// <param name="Code">The stored code, e.g. <c>damaged</c>.</param>
/// <param name="Label">The Chinese label written on export, e.g. <c>损坏</c>.</param>
/// <param name="Aliases">Other labels accepted on import, e.g. <c>破损</c>.</param>
/// <param name="Subtype">A subtype the label implies (旱厕 is a toilet of subtype <c>dry</c>).</param>
sealed record CodeEntry(string Code, string Label, string[] Aliases, string? Subtype = null);

/// <summary>
/// The values a coded field accepts on import: our codes in any case (also as GraphQL enum values,
/// <c>HOTLINE_12345</c>), the Chinese label and its aliases. Surrounding blanks are ignored.
/// </summary>
sealed class CodeList(string name, params CodeEntry[] entries)
{
    readonly Dictionary<string, CodeEntry> _byText = Index(entries);

    /// <summary>English name of the list, for messages ("status").</summary>
    public string Name { get; } = name;

    public IReadOnlyList<CodeEntry> Entries { get; } = entries;

    /// <summary>The entry for a code, label or alias; null when the text is none of them.</summary>
    public CodeEntry? Find(string text) => _byText.GetValueOrDefault(text.Trim().Replace('　', ' '));

    /// <summary>The Chinese label of a stored code; the code itself when the list does not know it.</summary>
    public string Label(string code) =>
        Entries.FirstOrDefault(e => e.Code == code && e.Subtype is null)?.Label ?? code;

    /// <summary>"完好 good、损坏 damaged …", for messages that list what is accepted.</summary>
    public string Describe() =>
        string.Join("、", Entries.Where(e => e.Subtype is null).Select(e => $"{e.Label} {e.Code}"));

    static Dictionary<string, CodeEntry> Index(CodeEntry[] entries)
    {
        var index = new Dictionary<string, CodeEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            if (e.Subtype is null)
                index.TryAdd(e.Code, e);
            foreach (var text in e.Aliases.Prepend(e.Label))
                index.TryAdd(text, e);
        }
        return index;
    }
}
