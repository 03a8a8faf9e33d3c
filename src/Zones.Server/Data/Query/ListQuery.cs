using Npgsql;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Query;

/// <summary>
/// Runs keyset-paged list queries and counts over a <see cref="ListSource{T}"/>: one statement
/// per page (one extra row tells whether there is a next page), one per count, one per batch of ids.
/// </summary>
public sealed class ListQuery(NpgsqlDataSource db)
{
    public async Task<Page<T>> PageAsync<T>(ListSource<T> source, ListRequest request, CancellationToken ct)
    {
        if (!source.Sorts.TryGetValue(request.Sort, out var sort))
            throw new ArgumentException($"unknown sort {request.Sort}"); // the API only offers declared sorts
        var where = request.Where;
        var origin = request.DistanceFrom is { } p ? where.Bind(Sql.Geom(p)) : null;
        var expression = sort.Expression.Replace("{point}", origin ?? "NULL");
        var (op, dir) = request.Descending ? ("<", "DESC") : (">", "ASC");
        var keyset = "true";
        var hasPrevious = request.Page.After is not null;
        if (request.Page.After is { } after)
        {
            var (key, id) = Cursor.Decode(after, request.Sort);
            var k = where.Bind(Sql.P(key));
            var i = where.Bind(Sql.P(id));
            keyset = $"({expression}, t.id) {op} ({k}::{sort.PgType}, {i})";
        }
        var distance = origin is null ? "NULL::float8" : $"ST_Distance(t.geom::geography, ({origin})::geography)";
        var limit = where.Bind(Sql.P(Math.Clamp(request.Page.First, 0, PageRequest.MaxFirst) + 1));
        var sql = $"""
            SELECT {source.Columns}, ({expression})::text, {distance}
            FROM {source.From}
            WHERE {source.LiveWhere} AND {where.Sql} AND {keyset}
            ORDER BY {expression} {dir}, t.id {dir}
            LIMIT {limit}
            """;
        await using var cmd = db.CreateCommand(sql);
        where.CopyTo(cmd);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var edges = new List<Edge<T>>();
        var columns = reader.FieldCount - 2;
        while (await reader.ReadAsync(ct))
        {
            var node = source.Read(reader);
            var key = reader.IsDBNull(columns) ? "" : reader.GetString(columns);
            edges.Add(new Edge<T>(node, Cursor.Encode(request.Sort, key, reader.GetInt64(0)),
                                  reader.IsDBNull(columns + 1) ? null : reader.GetDouble(columns + 1)));
        }
        var hasNext = edges.Count > request.Page.First;
        if (hasNext)
            edges.RemoveAt(edges.Count - 1);
        return new Page<T>(edges, hasNext, hasPrevious);
    }

    /// <summary>How many live rows match the filter (Relay's totalCount).</summary>
    public async Task<long> CountAsync<T>(ListSource<T> source, SqlWhere where, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT count(*) FROM {source.From} WHERE {source.LiveWhere} AND {where.Sql}");
        where.CopyTo(cmd);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Rows by id, in one statement (the DataLoader batch): missing ids are simply absent, and so are
    /// rows outside <paramref name="townships"/> (the caller's readable ones) when it is given.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, T>> ByIdsAsync<T>(ListSource<T> source, IReadOnlyCollection<long> ids,
                                                                  Func<T, long> idOf, CancellationToken ct, bool includeRetired = false,
                                                                  IReadOnlyCollection<string>? townships = null)
    {
        var live = includeRetired ? "true" : source.LiveWhere;
        var scoped = townships is null ? "" : " AND t.township_code = ANY($2)";
        await using var cmd = db.CreateCommand($"SELECT {source.Columns} FROM {source.From} WHERE {live} AND t.id = ANY($1){scoped}");
        cmd.Parameters.Add(Sql.P(ids.ToArray()));
        if (townships is not null)
            cmd.Parameters.Add(Sql.P(townships.ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new Dictionary<long, T>();
        while (await reader.ReadAsync(ct))
        {
            var row = source.Read(reader);
            rows[idOf(row)] = row;
        }
        return rows;
    }
}
