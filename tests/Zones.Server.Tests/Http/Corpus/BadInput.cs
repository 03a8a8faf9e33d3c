using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zones.Server.Tests.Http.Corpus;

/// <summary>
/// One bad request of the corpus: how it is sent and what it must get. <see cref="Expect"/> is
/// <c>4xx</c> (a client-error status), <c>error</c> (a GraphQL error or a typed payload error,
/// status below 500), <c>rejected</c> (an import refused by a typed error or a report that did not
/// succeed) or an UPPER_SNAKE typed error code the GraphQL payload must carry.
/// Text bodies may hold placeholders (<c>{zone}</c>, <c>{township}</c> …) for ids of demo rows.
/// </summary>
public sealed record BadInput(string Name, string Method, string Path, string? ContentType, byte[]? Body, string Expect,
                              bool Admin = true)
{
    public override string ToString() => Name;

    /// <summary>A GET of <paramref name="path"/> (placeholders allowed), anonymous unless <paramref name="admin"/>.</summary>
    public static BadInput Get(string name, string path, string expect = "4xx", bool admin = false) =>
        new(name, "GET", path, null, null, expect, admin);

    /// <summary>A body of any content type sent with <paramref name="method"/>.</summary>
    public static BadInput Send(string name, string method, string path, string? type, string body, string expect = "4xx", bool admin = true) =>
        new(name, method, path, type, Encoding.UTF8.GetBytes(body), expect, admin);

    /// <summary>POST /graphql with <c>{query, variables}</c> built by System.Text.Json (so escapes are exact).</summary>
    public static BadInput Graphql(string name, string query, JsonNode? variables = null, string expect = "error") =>
        new(name, "POST", "/graphql", "application/json",
            JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["query"] = query, ["variables"] = variables }), expect);

    /// <summary>A mutation sent with its input as the variable <c>$input</c>; the payload's typed errors are selected.</summary>
    public static BadInput Mutation(string name, string mutation, JsonNode input, string expect = "error")
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return Graphql(name, $"mutation($input: {type}!) {{ {mutation}(input: $input) {{ errors {{ __typename ... on UserError {{ code message }} }} }} }}",
                       new JsonObject { ["input"] = input }, expect);
    }

    /// <summary>A form post (x-www-form-urlencoded), fields encoded as a browser would.</summary>
    public static BadInput Form(string name, string path, IEnumerable<KeyValuePair<string, string>> fields, string expect = "4xx") =>
        new(name, "POST", path, "application/x-www-form-urlencoded",
            new FormUrlEncodedContent(fields).ReadAsByteArrayAsync().Result, expect, false);

    /// <summary>The text with <c>{zone}</c>-style placeholders replaced by ids of demo rows.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> placeholders) =>
        placeholders.Aggregate(text, (s, p) => s.Replace(p.Key, p.Value));
}
