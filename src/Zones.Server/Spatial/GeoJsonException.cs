using System.Text.Json;

namespace Zones.Server.Spatial;

/// <summary>
/// GeoJSON geometry input that <see cref="GeoJson"/> rejects. The message names the place,
/// as a path from the geometry object (<c>coordinates[0][3]</c>, <c>geometries[1].type</c>),
/// then what is wrong; it is meant for the API client, as is.
/// </summary>
sealed class GeoJsonException : Exception
{
    /// <summary>An error at <paramref name="path"/> ("" for the geometry object itself).</summary>
    public GeoJsonException(string path, string detail)
        : base(path.Length == 0 ? detail : $"{path}: {detail}") => Path = path;

    /// <summary>Where the problem is, e.g. <c>coordinates[0][3]</c>; empty for the whole input.</summary>
    public string Path { get; }

    /// <summary>Text that is not JSON at all, with the 1-based line and byte where parsing stopped.</summary>
    public static GeoJsonException InvalidJson(JsonException e)
    {
        // System.Text.Json appends " LineNumber: 0 | BytePositionInLine: 5." (0-based); we say it 1-based.
        var reason = e.Message.Split(" LineNumber:")[0];
        return new GeoJsonException("", $"invalid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {reason}");
    }
}
