using Microsoft.Extensions.Options;
using Zones.Server.Data.Replica;

namespace Zones.Server.Http;

/// <summary>
/// Decides per request whether its reads may go to the standby (<see cref="ReadRouting"/>): GET and HEAD requests and
/// GraphQL queries may; anything that can write (other methods, GraphQL mutations, WebSocket sessions, whose
/// subscription events must read what the primary just committed) reads from the primary. After a write, the
/// answer carries a <c>zones-fresh</c> cookie that keeps that browser's reads on the primary for
/// <see cref="ReplicaOptions.FreshSeconds"/>, so a list asked right after an edit shows the edit even on a standby
/// that has not replayed it yet (read-your-writes). Nothing happens without a read connection.
/// </summary>
static class ReadRoutingMiddleware
{
    public const string FreshCookie = "zones-fresh";

    public static WebApplication UseZonesReadRouting(this WebApplication app)
    {
        var reads = app.Services.GetRequiredService<ReadDataSource>();
        if (reads.Standby is null)
            return app;
        var fresh = TimeSpan.FromSeconds(app.Services.GetRequiredService<IOptions<ReplicaOptions>>().Value.FreshSeconds);
        app.Use(async (http, next) =>
        {
            var method = http.Request.Method;
            var socket = http.WebSockets.IsWebSocketRequest;
            var graphQLPost = HttpMethods.IsPost(method) && http.Request.Path.Equals(GraphQL.GraphQLEndpoint.Path, StringComparison.OrdinalIgnoreCase);
            var reads = !socket && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || graphQLPost);
            var request = ReadRouting.Begin(primary: !reads || http.Request.Cookies.ContainsKey(FreshCookie));
            // A POST other than a GraphQL query changes something (sign-in, import, Open311); the GraphQL endpoint says so itself.
            request.Wrote = !reads && !socket;
            http.Response.OnStarting(() =>
            {
                if (request.Wrote && http.Response.StatusCode < 400)
                    http.Response.Cookies.Append(FreshCookie, "1", new CookieOptions
                    {
                        MaxAge = fresh, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, Path = "/",
                    });
                return Task.CompletedTask;
            });
            await next(http);
        });
        return app;
    }
}
