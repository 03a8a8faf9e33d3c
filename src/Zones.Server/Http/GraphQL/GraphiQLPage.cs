using Microsoft.Extensions.FileProviders;

namespace Zones.Server.Http.GraphQL;

/// <summary>
/// GraphiQL, built from src/Zones.GraphiQL into wwwroot/graphiql at build time (no CDN): its
/// index.html answers a browser's GET /graphql, its scripts and Monaco workers are served under /graphiql/.
/// </summary>
static class GraphiQLPage
{
    static string? Folder(IWebHostEnvironment environment) =>
        environment.WebRootPath is { } root && Directory.Exists(Path.Combine(root, "graphiql")) ? Path.Combine(root, "graphiql") : null;

    public static void UseAssets(WebApplication app)
    {
        if (Folder(app.Environment) is not { } folder)
        {
            app.Logger.LogWarning("GraphiQL is not built (no wwwroot/graphiql): run `npm run build` in src/Zones.GraphiQL. /graphql still answers JSON.");
            return;
        }
        app.UseStaticFiles(new StaticFileOptions { RequestPath = "/graphiql", FileProvider = new PhysicalFileProvider(folder) });
    }

    public static async Task WriteAsync(HttpContext http)
    {
        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        http.Response.Headers.CacheControl = "no-cache";
        if (Folder(environment) is { } folder && File.Exists(Path.Combine(folder, "index.html")))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.SendFileAsync(Path.Combine(folder, "index.html"), http.RequestAborted);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await Results.Content(
            "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>片区 Zones · GraphQL</title>" +
            "<p>GraphiQL 尚未构建。请运行 <code>scripts/run.sh</code>，或在 src/Zones.GraphiQL 中运行 <code>npm run build</code>。</p>" +
            "<p>GraphiQL is not built yet; POST GraphQL requests to /graphql still work.</p></html>",
            "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
    }
}
