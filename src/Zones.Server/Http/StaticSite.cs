using Microsoft.Extensions.FileProviders;

namespace Zones.Server.Http;

/// <summary>Serves the built map client (src/Zones.Map → wwwroot) on the same origin as the API.</summary>
static class StaticSite
{
    public static WebApplication UseMapClient(this WebApplication app)
    {
        var root = app.Environment.WebRootPath;
        if (root is null || !File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("The map client is not built (no wwwroot/index.html): run `npm run build` in src/Zones.Map. The API still works.");
            app.MapGet("/", () => Results.Content(
                "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>片区 Zones</title>" +
                "<p>地图客户端尚未构建。请运行 <code>scripts/run.sh</code>，或在 src/Zones.Map 中运行 <code>npm run build</code>。</p>" +
                "<p>The map client is not built yet. API: <a href=\"/ogc\">/ogc</a>, <a href=\"/health\">/health</a></p></html>",
                "text/html; charset=utf-8"));
            return app;
        }
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });
        return app;
    }
}
