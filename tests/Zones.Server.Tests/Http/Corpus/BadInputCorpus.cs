namespace Zones.Server.Tests.Http.Corpus;

/// <summary>
/// The bad-input corpus (issue #10 §6): every case is data, generated from the compact tables of
/// the partial files (mutation field × bad value, query argument × bad value, endpoint × bad parameter).
/// </summary>
static partial class BadInputCorpus
{
    static readonly Lazy<IReadOnlyDictionary<string, BadInput>> _all = new(() =>
    {
        var cases = new Dictionary<string, BadInput>(StringComparer.Ordinal);
        foreach (var c in MutationCases().Concat(QueryCases()).Concat(HttpCases()))
            if (!cases.TryAdd(c.Name, c))
                throw new InvalidOperationException($"Two corpus cases are named '{c.Name}'.");
        return cases;
    });

    /// <summary>Every case by name.</summary>
    public static IReadOnlyDictionary<string, BadInput> All => _all.Value;
}
