namespace Zones.Server.Data;

/// <summary>
/// The properties of a <see cref="FeatureCollection"/> one by one: its <c>json_build_object('name', expr, …)</c>
/// split into (name, SQL expression) pairs, so a feature can carry only the properties a client asked
/// for (<c>properties=name,status</c>) without PostGIS computing the others (a case's overdue flag, a
/// shop's frontage line). Every name and expression comes from the constant collection definition.
/// </summary>
static class FeatureProperties
{
    /// <summary>One property: its name in the feature's <c>properties</c> and its SQL over the collection's FROM.</summary>
    public sealed record Property(string Name, string Sql);

    static readonly Dictionary<string, IReadOnlyList<Property>> ByCollection =
        FeatureCollections.All.ToDictionary(c => c.Id, c => Split(c.Properties));

    /// <summary>The properties of <paramref name="c"/> in the order its features list them.</summary>
    public static IReadOnlyList<Property> Of(FeatureCollection c) => ByCollection[c.Id];

    /// <summary>The names a client may ask for: the SQL-built ones and, on collections with reporters, reporterName / reporterPhone.</summary>
    public static IReadOnlyList<string> Names(FeatureCollection c) =>
        [.. Of(c).Select(p => p.Name), .. c.HasReporter ? new[] { ReporterName, ReporterPhone } : []];

    public const string ReporterName = "reporterName";
    public const string ReporterPhone = "reporterPhone";

    /// <summary>A <c>json_build_object</c> of the named properties only, in the collection's order.</summary>
    public static string Select(FeatureCollection c, IReadOnlyCollection<string> names) =>
        "json_build_object(" + string.Join(", ", Of(c).Where(p => names.Contains(p.Name)).Select(p => $"'{p.Name}', {p.Sql}")) + ")";

    // json_build_object('a', x, 'b', f(y, z)) → [('a', "x"), ('b', "f(y, z)")]: commas count only
    // outside parentheses and quotes. The definitions are ours, so a malformed one fails at startup.
    static IReadOnlyList<Property> Split(string properties)
    {
        var text = properties.Trim();
        const string open = "json_build_object(";
        if (!text.StartsWith(open, StringComparison.Ordinal) || !text.EndsWith(')'))
            throw new InvalidOperationException($"Feature properties must be one json_build_object(…): {text}");
        var args = Arguments(text[open.Length..^1]);
        var result = new List<Property>();
        for (var i = 0; i + 1 < args.Count; i += 2)
            result.Add(new Property(args[i].Trim('\''), args[i + 1]));
        return result;
    }

    static List<string> Arguments(string inner)
    {
        var args = new List<string>();
        var (depth, quoted, start) = (0, false, 0);
        for (var i = 0; i < inner.Length; i++)
        {
            var ch = inner[i];
            if (ch == '\'')
                quoted = !quoted;
            else if (!quoted && ch == '(')
                depth++;
            else if (!quoted && ch == ')')
                depth--;
            else if (!quoted && depth == 0 && ch == ',')
            {
                args.Add(inner[start..i].Trim());
                start = i + 1;
            }
        }
        args.Add(inner[start..].Trim());
        return args;
    }
}
