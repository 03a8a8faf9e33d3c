using Zones.GraphQL.Types;

namespace Zones.GraphQL.Conformance.Validation;

/// <summary>
/// <c>corpus/validation/&lt;schema&gt;/</c>: <c>schema.graphql</c> plus documents (<c>*.graphql</c>) and
/// tables of documents (<c>*.table.json</c>), named as <c>oracle/oracle.mjs</c> names them:
/// <c>validation/&lt;schema&gt;/&lt;file&gt;</c> and <c>validation/&lt;schema&gt;/&lt;table&gt;/&lt;key&gt;</c>.
/// </summary>
public static class ValidationCorpus
{
    static readonly Lazy<IReadOnlyList<(string SchemaName, CorpusCase Case)>> AllCases = new(Read);
    static readonly Dictionary<string, Schema> Schemas = [];

    static string Directory => Path.Combine(Corpus.Directory, "validation");

    /// <summary>Every document with the name of its schema folder.</summary>
    public static IReadOnlyList<(string SchemaName, CorpusCase Case)> Cases => AllCases.Value;

    /// <summary>The schema of a folder, built by us once.</summary>
    public static Schema Schema(string schemaName)
    {
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(schemaName, out var schema))
                Schemas[schemaName] = schema = SchemaBuilder.Build(File.ReadAllText(Path.Combine(Directory, schemaName, "schema.graphql")));
            return schema;
        }
    }

    static List<(string, CorpusCase)> Read()
    {
        var schemaNames = System.IO.Directory.GetDirectories(Directory).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);
        return schemaNames
            .SelectMany(schemaName => Corpus.Cases($"validation/{schemaName}")
                .Where(c => c.Name != $"validation/{schemaName}/schema")
                .Select(c => (schemaName, c)))
            .ToList();
    }
}
