using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using Zones.Server.Data.Tiles;

namespace Zones.Server.Http.Tiles;

/// <summary>
/// HTTP caching and compression of one tile: 204 when empty, a weak ETag from the bytes (an edit
/// changes the bytes, so the ETag changes with no revision bookkeeping), 304 on a matching
/// <c>If-None-Match</c>, gzip when the client accepts it.
/// </summary>
static class TileResponse
{
    public static async Task WriteAsync(HttpContext http, TileLayer layer, byte[] bytes, bool signedIn)
    {
        var headers = http.Response.Headers;
        // Signed-in callers see non-public townships: only their own browser may keep those tiles.
        headers.CacheControl = $"{(signedIn ? "private" : "public")}, max-age={layer.MaxAgeSeconds}, must-revalidate";
        headers.Vary = "Accept-Encoding, Authorization, Cookie";
        if (bytes.Length == 0)
        {
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        // Weak: the gzip and identity bodies are the same tile, so one validator serves both.
        var etag = $"W/\"{Convert.ToBase64String(SHA256.HashData(bytes).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
        headers.ETag = etag;
        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = TileEndpoint.MvtType;
        if (AcceptsGzip(http.Request))
        {
            headers.ContentEncoding = "gzip";
            using var packed = new MemoryStream();
            await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
                await gzip.WriteAsync(bytes, http.RequestAborted);
            bytes = packed.ToArray();
        }
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    // Weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored; "*" matches any tile.
    static bool Matches(string? ifNoneMatch, string etag)
    {
        if (string.IsNullOrEmpty(ifNoneMatch))
            return false;
        var opaque = etag[2..];
        return ifNoneMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || (t.StartsWith("W/") ? t[2..] : t) == opaque);
    }

    static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e =>
            (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal))
            && (e.Quality ?? 1) > 0);
}
