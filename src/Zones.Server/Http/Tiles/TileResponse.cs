using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using Zones.Server.Data.Tiles;

namespace Zones.Server.Http.Tiles;

/// <summary>
/// HTTP caching and compression of one tile: an empty layer (<see cref="EmptyMvt"/>) when nothing is in it,
/// a weak ETag, 304 on a matching
/// <c>If-None-Match</c>, gzip when the client accepts it. The ETag comes from the data revision the
/// tile was read at (TileStore.RevisionSql), so a revalidation is answered without rendering the tile;
/// the gaps layer, computed from a cache of its own, hashes its bytes instead.
/// </summary>
static class TileResponse
{
    // A new build may draw tiles differently from the same data.
    static readonly string Build = typeof(TileResponse).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// The ETag of <paramref name="layer"/>'s tiles at <paramref name="revision"/> for a caller who
    /// reads <paramref name="townships"/> (another caller sees other rows in the same tile).
    /// </summary>
    public static string ETagOf(TileLayer layer, string revision, IReadOnlyCollection<string> townships) =>
        Weak(Encoding.UTF8.GetBytes($"{Build}|{layer.Id}|{revision}|{string.Join(',', townships.Order(StringComparer.Ordinal))}"));

    // Weak: the gzip and identity bodies are the same tile, so one validator serves both.
    static string Weak(byte[] bytes) =>
        $"W/\"{Convert.ToBase64String(SHA256.HashData(bytes).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";

    /// <summary>Answers 304 when the request already holds <paramref name="etag"/>; false (nothing written) otherwise.</summary>
    public static bool TryNotModified(HttpContext http, TileLayer layer, string etag, bool signedIn)
    {
        if (!Matches(http.Request.Headers.IfNoneMatch, etag))
            return false;
        CacheHeaders(http, layer, signedIn);
        http.Response.Headers.ETag = etag;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    /// <param name="etag">From <see cref="ETagOf"/>; null: hash the bytes.</param>
    public static async Task WriteAsync(HttpContext http, TileLayer layer, byte[] bytes, string? etag, bool signedIn)
    {
        var headers = http.Response.Headers;
        CacheHeaders(http, layer, signedIn);
        // 200 with a layer and no feature, not 204: GDAL opens no other empty answer (EmptyMvt).
        if (bytes.Length == 0)
            bytes = EmptyMvt.Of(layer.Id);
        etag ??= Weak(bytes);
        if (TryNotModified(http, layer, etag, signedIn))
            return;
        headers.ETag = etag;
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

    static void CacheHeaders(HttpContext http, TileLayer layer, bool signedIn)
    {
        // Signed-in callers see non-public townships: only their own browser may keep those tiles.
        http.Response.Headers.CacheControl = $"{(signedIn ? "private" : "public")}, max-age={layer.MaxAgeSeconds}, must-revalidate";
        http.Response.Headers.Vary = "Accept-Encoding, Authorization, Cookie";
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
