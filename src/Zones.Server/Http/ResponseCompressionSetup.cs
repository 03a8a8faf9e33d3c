using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Zones.Server.Http;

/// <summary>
/// Gzip/Brotli for the API's JSON (GraphQL, OGC API Features, TileJSON) and vector tiles, at the fastest level:
/// a 500-row page of an area query or a county's GeoJSON shrinks four- to tenfold on a township office's line,
/// for well under a millisecond of server time. The map client's files are compressed once at build time
/// instead (<see cref="StaticSite"/>). Off for HTTPS, as ASP.NET Core's default (BREACH): a proxy that
/// terminates TLS compresses there.
/// </summary>
static class ResponseCompressionSetup
{
    static readonly string[] Types =
    [
        "application/json", "application/geo+json", "application/graphql-response+json",
        "application/vnd.mapbox-vector-tile", "application/schema+json",
    ];

    public static IServiceCollection AddZonesCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.MimeTypes = Types;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
