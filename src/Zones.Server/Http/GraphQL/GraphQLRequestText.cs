using System.Text.Json;
using Zones.GraphQL;
using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.Server.Http.GraphQL;

/// <summary>
/// Refuses, with a 400 naming the variable path or the argument, a GraphQL request whose strings
/// PostgreSQL text cannot hold: a NUL character (U+0000) in a variable or in a string literal of
/// the document, or a lone UTF-16 surrogate (<c>"\ud800"</c>) in the JSON. GraphQL itself allows
/// both (and the engine stays spec-exact); Zones stores every string in PostgreSQL, so the edge
/// says which field to fix instead of a statement failing deep inside.
/// </summary>
static class GraphQLRequestText
{
    /// <summary>Throws a 400 when a variable (at any depth, keys included) holds a NUL or a lone surrogate.</summary>
    public static void CheckVariables(JsonElement variables) => Check(variables, "$");

    /// <summary>Throws a 400 when a string literal of the document holds a NUL (the lexer accepts \u0000 and raw NUL in block strings).</summary>
    public static void CheckDocument(string query, int? maxTokens)
    {
        if (!query.Contains('\0') && !query.Contains("\\u", StringComparison.Ordinal))
            return;   // no NUL can be written without one of these: most documents skip the parse
        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(query), new ParseOptions { MaxTokens = maxTokens });
        }
        catch (GraphQLError)
        {
            return;   // execution reports the syntax error
        }
        var finder = new NulFinder();
        AstWalker.Walk(document, finder);
        if (finder.Found is { } where)
            throw Nul(where);
    }

    static void Check(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    var name = Text(p.Name, path);
                    Check(p.Value, path == "$" ? "$" + name : $"{path}.{name}");
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                    Check(item, $"{path}[{i++}]");
                break;
            case JsonValueKind.String:
                string value;
                try
                {
                    value = e.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    throw Surrogate(path);
                }
                Text(value, path);
                break;
        }
    }

    static string Text(string value, string path) =>
        value.Contains('\0') ? throw Nul($"variable {path}") : value;

    static GraphQLHttpException Nul(string where) => new(400,
        $"{where} 含有 NUL 字符（\\u0000），文本不能包含它，请删去。The {where} contains a NUL character (\\u0000), which text cannot hold: remove it.");

    static GraphQLHttpException Surrogate(string path) => new(400,
        $"变量 {path} 含有不成对的 UTF-16 代理项（如 \\ud800），不是有效文本。Variable {path} contains a lone UTF-16 surrogate escape (such as \\ud800), which is not text.");

    /// <summary>The first string literal with a NUL, described by the argument or input field it is the value of.</summary>
    sealed class NulFinder : AstVisitor
    {
        readonly Stack<string> _names = new();

        public string? Found { get; private set; }

        public override VisitorAction EnterArgument(ArgumentNode node) => Push($"argument {node.Name.Value}");
        public override VisitorAction LeaveArgument(ArgumentNode node) => Pop();
        public override VisitorAction EnterObjectField(ObjectFieldNode node) => Push($"input field {node.Name.Value}");
        public override VisitorAction LeaveObjectField(ObjectFieldNode node) => Pop();

        public override VisitorAction EnterStringValue(StringValueNode node)
        {
            if (!node.Value.Contains('\0'))
                return VisitorAction.Continue;
            var at = node.Location is { } l && SourceLocation.Of(l.Source, l.Start) is var s ? $" (line {s.Line}, column {s.Column})" : "";
            Found = (_names.TryPeek(out var name) ? name : "string") + at;
            return VisitorAction.Break;
        }

        VisitorAction Push(string name)
        {
            _names.Push(name);
            return VisitorAction.Continue;
        }

        VisitorAction Pop()
        {
            _names.Pop();
            return VisitorAction.Continue;
        }
    }
}
