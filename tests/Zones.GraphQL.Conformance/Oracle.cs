using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Zones.GraphQL.Conformance;

/// <summary>
/// graphql-js's answers for the whole corpus, computed once per test run by
/// <c>node oracle/oracle.mjs corpus</c>. When node or the pinned <c>graphql</c> package is missing,
/// every conformance test fails with a message that says how to fix it; nothing is skipped.
/// </summary>
public static class Oracle
{
    static readonly Lazy<JsonObject> Answers = new(Run);

    /// <summary>graphql-js's answer for one case: <c>source</c> plus the kind's result members.</summary>
    public static JsonObject Answer(string name) =>
        Answers.Value["cases"]?[name]?.AsObject()
        ?? throw new InvalidOperationException($"graphql-js gave no answer for case '{name}'.");

    /// <summary>The names of every case graphql-js answered.</summary>
    public static IReadOnlyCollection<string> CaseNames => Answers.Value["cases"]!.AsObject().Select(p => p.Key).ToArray();

    /// <summary>The graphql-js version that answered.</summary>
    public static string GraphQLVersion => (string)Answers.Value["graphqlVersion"]!;

    /// <summary>graphql-js <c>getIntrospectionQuery</c> with every option on, as the oracle printed it.</summary>
    public static string IntrospectionQuery => (string)Answers.Value["introspectionQuery"]!;

    /// <summary>
    /// <c>printSchema(buildClientSchema(data))</c> in graphql-js for each of our introspection
    /// results: <c>{ printed }</c> or <c>{ error }</c> by name.
    /// </summary>
    public static JsonObject RoundTrip(IReadOnlyDictionary<string, JsonNode> introspectionData)
    {
        var input = new JsonObject(introspectionData.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value.DeepClone())));
        return JsonNode.Parse(RunNode(["oracle/oracle.mjs", "--round-trip"], input.ToJsonString()))!.AsObject();
    }

    static JsonObject Run()
    {
        var graphqlPackage = Path.Combine(Corpus.Root, "node_modules", "graphql", "package.json");
        if (!File.Exists(graphqlPackage))
            throw new InvalidOperationException(
                $"graphql-js is not installed: {graphqlPackage} is missing. Run `npm ci` in {Corpus.Root} (scripts/test.sh does).");
        return JsonNode.Parse(RunNode(["oracle/oracle.mjs", "corpus"], null))!.AsObject();
    }

    static string RunNode(string[] arguments, string? stdin)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = Corpus.Root,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = StartNode(start);
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {string.Join(" ", arguments)} failed ({process.ExitCode}): {stderr.Result}");
        return stdout;
    }

    static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("`node` (Node.js 20+) must be on PATH to run the conformance oracle.", e);
        }
    }
}
