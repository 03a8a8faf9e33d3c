using Microsoft.Net.Http.Headers;

namespace Zones.Server.Http.GraphQL;

/// <summary>What a GraphQL-over-HTTP client accepts, from its <c>Accept</c> header.</summary>
enum GraphQLMediaType
{
    /// <summary>Nothing we can produce: 406.</summary>
    None,
    /// <summary><c>application/json</c>: the legacy format, 200 for every well-formed request.</summary>
    Json,
    /// <summary><c>application/graphql-response+json</c>: request errors answer 4xx.</summary>
    GraphQLResponse,
    /// <summary><c>text/html</c> ranked first on a GET: a browser, which gets GraphiQL.</summary>
    Html,
}

/// <summary>
/// Media-type negotiation of the GraphQL-over-HTTP draft: the highest-ranked acceptable type wins;
/// wildcards and a missing header mean <c>application/json</c>, as in graphql-http's reference server.
/// Spec: https://graphql.github.io/graphql-over-http/draft/#sec-Accept
/// </summary>
static class GraphQLMediaTypes
{
    public const string Json = "application/json; charset=utf-8";
    public const string GraphQLResponse = "application/graphql-response+json; charset=utf-8";

    public static GraphQLMediaType Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
            return GraphQLMediaType.Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
            return GraphQLMediaType.None;
        // OrderBy is stable: among equal qualities the client's order decides.
        foreach (var type in types.OrderByDescending(t => t.Quality ?? 1))
            if (Match(type, HttpMethods.IsGet(request.Method)) is { } match)
                return match;
        return GraphQLMediaType.None;
    }

    /// <summary>The Content-Type header of a response in <paramref name="type"/>.</summary>
    public static string ContentType(GraphQLMediaType type) => type == GraphQLMediaType.GraphQLResponse ? GraphQLResponse : Json;

    static GraphQLMediaType? Match(MediaTypeHeaderValue type, bool get)
    {
        if (type.Quality == 0 || type.Charset.HasValue && !IsUtf8(type.Charset.Value))
            return null;
        return type.MediaType.Value?.ToLowerInvariant() switch
        {
            "application/graphql-response+json" => GraphQLMediaType.GraphQLResponse,
            "application/json" or "application/*" or "*/*" => GraphQLMediaType.Json,
            "text/html" when get => GraphQLMediaType.Html,
            _ => null,
        };
    }

    public static bool IsUtf8(string? charset) =>
        charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
