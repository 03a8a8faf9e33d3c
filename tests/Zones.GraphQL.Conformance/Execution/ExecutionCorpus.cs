using System.Text.Json.Nodes;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;

namespace Zones.GraphQL.Conformance.Execution;

/// <summary>
/// <c>corpus/execution/&lt;schema&gt;/</c>: <c>schema.graphql</c>, <c>fixtures.json</c> (the root value) and
/// <c>&lt;table&gt;.table.json</c> tables of queries, named as <c>oracle/oracle.mjs</c> names them:
/// <c>execution/&lt;schema&gt;/&lt;table&gt;/&lt;key&gt;</c>.
/// </summary>
public static class ExecutionCorpus
{
    /// <summary>One query of the corpus.</summary>
    public sealed record Case(string Name, string SchemaName, string Query, IReadOnlyDictionary<string, object?>? Variables, string? OperationName);

    static readonly Lazy<IReadOnlyList<Case>> AllCases = new(Read);
    static readonly Dictionary<string, (Schema Schema, object? Root)> Schemas = [];

    static string Directory => Path.Combine(Corpus.Directory, "execution");

    /// <summary>The schema folder names.</summary>
    public static IReadOnlyList<string> SchemaNames =>
        System.IO.Directory.GetDirectories(Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>Every query case.</summary>
    public static IReadOnlyList<Case> Cases => AllCases.Value;

    /// <summary>The SDL of a schema folder.</summary>
    public static string Sdl(string schemaName) => File.ReadAllText(Path.Combine(Directory, schemaName, "schema.graphql"));

    /// <summary>The schema (built by us) and the decoded fixtures of a folder, built once.</summary>
    public static (Schema Schema, object? Root) Load(string schemaName)
    {
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(schemaName, out var loaded))
            {
                var fixtures = File.ReadAllText(Path.Combine(Directory, schemaName, "fixtures.json"));
                Schemas[schemaName] = loaded = (SchemaBuilder.Build(Sdl(schemaName)), JsonValues.Parse(fixtures));
            }
            return loaded;
        }
    }

    static List<Case> Read()
    {
        var cases = new List<Case>();
        foreach (var schemaName in SchemaNames)
        {
            var tables = System.IO.Directory.GetFiles(Path.Combine(Directory, schemaName), "*.table.json").Order(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                var prefix = $"execution/{schemaName}/{Path.GetFileName(table)[..^".table.json".Length]}";
                foreach (var (key, value) in JsonNode.Parse(File.ReadAllText(table))!.AsObject())
                    cases.Add(ReadCase($"{prefix}/{key}", schemaName, value!));
            }
        }
        return cases;
    }

    static Case ReadCase(string name, string schemaName, JsonNode entry)
    {
        if (entry is JsonValue)
            return new Case(name, schemaName, (string)entry!, null, null);
        var variables = entry["variables"] is JsonObject v ? JsonValues.Object(System.Text.Json.JsonSerializer.SerializeToElement(v)) : null;
        return new Case(name, schemaName, (string)entry["query"]!, variables, (string?)entry["operationName"]);
    }
}
