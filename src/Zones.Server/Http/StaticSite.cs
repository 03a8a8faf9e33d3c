using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Zones.Server.Http;

/// <summary>
/// Serves the built map client (src/Zones.Map → wwwroot) on the same origin as the API. Vite names every file
/// under <c>/assets/</c> after its content, so those are cached for a year without asking again; index.html is
/// revalidated on every load (its ETag answers 304), so a new build shows at once. Scripts and style sheets go
/// out as the Brotli or gzip copy the build wrote beside them (src/Zones.Map/precompress.mjs) when the browser
/// accepts it. The residents' report page is a second page of the same build (report.html), served at
/// <c>/report</c> and <c>/report/status</c>.
/// </summary>
static class StaticSite
{
    const string Immutable = "public, max-age=31536000, immutable";

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
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles();
        app.Use((http, next) =>
        {
            ResidentPage(http);
            Precompressed(http, files);
            return next(http);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedTypes(),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments("/assets") ? Immutable : "no-cache",
        });
        return app;
    }

    /// <summary>The resident report page's addresses (<c>/report</c>, <c>/report/status</c>) are its own built page, report.html.</summary>
    static readonly string[] ResidentPaths = ["/report", "/report/", "/report/status", "/report/status/"];

    // The page decides between the form and the status look-up from the address; both are report.html.
    static void ResidentPage(HttpContext http)
    {
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && ResidentPaths.Contains(http.Request.Path.Value, StringComparer.OrdinalIgnoreCase))
            http.Request.Path = "/report.html";
    }

    // /assets/x.js → /assets/x.js.br (or .gz) when the browser takes it and the build wrote it.
    static void Precompressed(HttpContext http, IFileProvider files)
    {
        var path = http.Request.Path.Value;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            || path is null || !path.StartsWith("/assets/", StringComparison.Ordinal))
            return;
        var accepted = http.Request.Headers.AcceptEncoding.ToString();
        foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            if (!accepted.Contains(encoding, StringComparison.OrdinalIgnoreCase) || !files.GetFileInfo(path + suffix).Exists)
                continue;
            http.Request.Path = path + suffix;
            http.Response.Headers.ContentEncoding = encoding;
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            return;
        }
    }

    /// <summary>The type of <c>x.js.br</c> is that of <c>x.js</c>; the encoding is in Content-Encoding.</summary>
    sealed class PrecompressedTypes : IContentTypeProvider
    {
        readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, out string contentType) =>
            _types.TryGetContentType(subpath.EndsWith(".br", StringComparison.Ordinal) || subpath.EndsWith(".gz", StringComparison.Ordinal)
                ? subpath[..^3] : subpath, out contentType!);
    }
}
