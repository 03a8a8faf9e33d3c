using Zones.GraphQL;
using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.Server.Data.Replica;
using Zones.Server.Http.Auth;
using Zones.Server.Schema;

namespace Zones.Server.Http.GraphQL;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP draft: POST (application/json) and GET (queries only;
/// a mutation answers 405), <c>application/graphql-response+json</c> or legacy <c>application/json</c>
/// responses, GraphiQL for a browser, and subscriptions over WebSocket (graphql-transport-ws).
/// Spec: https://graphql.github.io/graphql-over-http/draft/
/// </summary>
static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static WebApplication MapZonesGraphQL(this WebApplication app)
    {
        GraphiQLPage.UseAssets(app);
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        return app;
    }

    static async Task HandleAsync(HttpContext http)
    {
        var service = http.RequestServices.GetRequiredService<GraphQLService>();
        if (http.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocketSession.RunAsync(http, service);
            return;
        }
        var type = GraphQLMediaTypes.Negotiate(http.Request);
        if (type == GraphQLMediaType.Html)
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }
        try
        {
            await ExecuteAsync(http, service, type);
        }
        catch (GraphQLHttpException e)
        {
            await GraphQLResults.WriteErrorAsync(http.Response, e.Status, type, e.Message, http.RequestAborted);
        }
    }

    static async Task ExecuteAsync(HttpContext http, GraphQLService service, GraphQLMediaType type)
    {
        var ct = http.RequestAborted;
        var get = HttpMethods.IsGet(http.Request.Method);
        var request = get ? GraphQLHttpRequestReader.FromQueryString(http.Request.Query)
            : await GraphQLHttpRequestReader.FromBodyAsync(http.Request, ct);
        if (type == GraphQLMediaType.None)
            throw new GraphQLHttpException(406, "Accept application/graphql-response+json or application/json.");
        var operation = OperationOf(service, request);
        // Only a query may read from the standby; a mutation writes, reads its payload, and its client reads for a
        // while after, all from the primary.
        if (operation == OperationType.Mutation)
            ReadRouting.Write();
        else if (operation != OperationType.Query)
            ReadRouting.UsePrimary();
        if (get && operation == OperationType.Mutation)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            throw new GraphQLHttpException(405, "Mutations must be sent with POST.");
        }
        GraphQLRequestText.CheckDocument(request.Query, service.Options.Limits.MaxTokens);
        var result = await service.ExecuteAsync(WithContext(request, http), ct);
        if (operation == OperationType.Query && GraphQLResults.DatabaseUnavailable(result))
        {
            // A query only reads: when a pooled connection turned out broken (the database restarted),
            // run it once more on a fresh one. Mutations are never retried.
            DatabaseFaults.ClearPools(http.RequestServices);
            Logger(http).LogWarning("A query found its database connection broken; retrying once on a fresh connection");
            result = await service.ExecuteAsync(WithContext(request, http), ct);
        }
        if (GraphQLResults.DatabaseUnavailable(result))
            throw new GraphQLHttpException(503, DatabaseFaults.UnavailableMessage);
        result = GraphQLResults.Mask(result, Logger(http));
        // graphql-response+json: a request error (no data) is the client's fault; legacy JSON answers 200.
        var status = type == GraphQLMediaType.GraphQLResponse && !result.HasData ? 400 : 200;
        await GraphQLResults.WriteAsync(http.Response, status, type, result, ct);
    }

    /// <summary>The request with what resolvers expect as context: the request's services and who asks.</summary>
    public static GraphQLRequest WithContext(GraphQLRequest request, HttpContext http) =>
        request with { Context = new ZonesContext(http.RequestServices, http.User.ToActor()) };

    /// <summary>The kind of operation the request selects, or null when the document does not parse or has no such operation.</summary>
    public static OperationType? OperationOf(GraphQLService service, GraphQLRequest request)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(request.Query), new ParseOptions { MaxTokens = service.Options.Limits.MaxTokens });
        }
        catch (GraphQLError)
        {
            return null;   // execution reports it
        }
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = request.OperationName is { } name
            ? operations.FirstOrDefault(o => o.Name?.Value == name)
            : operations.Count == 1 ? operations[0] : null;
        return operation?.Operation;
    }

    public static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint).FullName!);
}
