using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace Zones.GraphQL.Conformance;

/// <summary>
/// The conformance corpus on disk: <c>corpus/&lt;kind&gt;/*.graphql</c> (one document per file) and
/// <c>corpus/&lt;kind&gt;/*.table.json</c> (many small documents keyed by name). The naming rules are
/// the same as in <c>oracle/oracle.mjs</c>.
/// </summary>
public static class Corpus
{
    /// <summary>The project folder, which holds <c>corpus/</c>, <c>oracle/</c> and <c>node_modules/</c>.</summary>
    public static string Root { get; } = typeof(Corpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ConformanceRoot").Value!;

    /// <summary>The corpus folder.</summary>
    public static string Directory => Path.Combine(Root, "corpus");

    static readonly Dictionary<string, IReadOnlyList<CorpusCase>> Cache = [];

    /// <summary>All cases of a kind, in the oracle's order.</summary>
    public static IReadOnlyList<CorpusCase> Cases(string kind)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(kind, out var cases))
                Cache[kind] = cases = Read(kind);
            return cases;
        }
    }

    /// <summary>Theory rows: one case name per row.</summary>
    public static TheoryData<string> Names(string kind) => new(Cases(kind).Select(c => c.Name));

    /// <summary>Finds a case by name.</summary>
    public static CorpusCase Case(string kind, string name) => Cases(kind).Single(c => c.Name == name);

    static List<CorpusCase> Read(string kind)
    {
        var cases = new List<CorpusCase>();
        var files = System.IO.Directory.GetFiles(Path.Combine(Directory, kind)).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var fileName = Path.GetFileName(file);
            if (fileName.EndsWith(".graphql", StringComparison.Ordinal))
                cases.Add(new CorpusCase($"{kind}/{fileName[..^".graphql".Length]}", ReadText(file), []));
            else if (fileName.EndsWith(".table.json", StringComparison.Ordinal))
                cases.AddRange(ReadTable($"{kind}/{fileName[..^".table.json".Length]}", file));
        }
        return cases;
    }

    // Decoded like node's readFileSync(…, 'utf8'): a BOM stays in the text as U+FEFF.
    static string ReadText(string file) => new UTF8Encoding(false).GetString(File.ReadAllBytes(file));

    static IEnumerable<CorpusCase> ReadTable(string prefix, string file)
    {
        var table = JsonNode.Parse(ReadText(file))!.AsObject();
        foreach (var (key, value) in table)
        {
            if (value is JsonObject entry)
                yield return new CorpusCase($"{prefix}/{key}", JsonStrings.Read(entry["source"]!), entry["options"]?.AsObject() ?? []);
            else
                yield return new CorpusCase($"{prefix}/{key}", JsonStrings.Read(value!), []);
        }
    }
}
