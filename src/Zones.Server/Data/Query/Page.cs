using System.Globalization;
using System.Text;

namespace Zones.Server.Data.Query;

/// <summary>One edge of a Relay connection: the row, its opaque cursor, and its distance when sorted by distance.</summary>
public sealed record Edge<T>(T Node, string Cursor, double? DistanceM);

/// <summary>
/// One page of a list, keyset-paged: <see cref="HasNextPage"/> comes from fetching one row more than asked;
/// <see cref="Total"/> is the count of all matching rows when the request asked for it.
/// </summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, bool HasNextPage, bool HasPreviousPage, long? Total = null)
{
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;
    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}

/// <summary>How many rows and after which cursor.</summary>
public sealed record PageRequest(int First, string? After)
{
    public const int MaxFirst = 1000;
}

/// <summary>
/// Keyset cursors: the sort key of the last row and its id, base64-encoded so clients treat them
/// as opaque. A cursor from another sort order is refused with a clear message.
/// </summary>
public static class Cursor
{
    public static string Encode(string sort, string key, long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sort}|{key}|{id.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Decodes a cursor made for <paramref name="sort"/>; throws <see cref="CursorException"/> otherwise.</summary>
    public static (string Key, long Id) Decode(string cursor, string sort)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw new CursorException($"游标无效 (cursor \"{cursor}\" is not one this server made): use the cursor of a page this server returned.");
        }
        var parts = text.Split('|');
        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            throw new CursorException($"游标无效 (cursor \"{cursor}\" is malformed): use the cursor of a page this server returned.");
        if (parts[0] != sort)
            throw new CursorException($"游标与排序方式不符 (the cursor was made for sort \"{parts[0]}\", this request sorts by \"{sort}\"): start again from the first page.");
        return (parts[1], id);
    }
}

/// <summary>A cursor that this server did not make, or made for another sort order.</summary>
public sealed class CursorException(string message) : Exception(message);
