using Npgsql;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Query;

/// <summary>
/// Runs keyset-paged list queries and counts over a <see cref="ListSource{T}"/>: one statement
/// per page (one extra row tells whether there is a next page), one per count, one per batch of ids.
/// A page whose count is asked for comes in the same round trip (ListQuery.Sql.cs says how).
/// </summary>
public sealed partial class ListQuery(Replica.ReadDataSource db)
{
    public async Task<Page<T>> PageAsync<T>(ListSource<T> source, ListRequest request, CancellationToken ct)
    {
        if (!source.Sorts.TryGetValue(request.Sort, out var sort))
            throw new ArgumentException($"unknown sort {request.Sort}"); // the API only offers declared sorts
        var where = request.Where;
        var count = request.WithCount ? CountSql(source, where) : null;
        var page = PageSql(source, sort, request, out var counted);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(conn);
        batch.BatchCommands.Add(Command(page, where));
        if (count is not null && !counted)
            batch.BatchCommands.Add(Command(count, where));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var (edges, total) = await ReadPageAsync(reader, source, request.Sort, counted, ct);
        if (count is not null && !counted && await reader.NextResultAsync(ct) && await reader.ReadAsync(ct))
            total = reader.GetInt64(0);
        await reader.DisposeAsync();
        if (counted && edges.Count == 0 && request.Page.After is null)
            total = 0;
        // An empty page after a cursor carries no count row: count alone (rare: past the last page).
        if (request.WithCount && total is null)
            total = await CountAsync(source, where, ct);
        var hasNext = edges.Count > request.Page.First;
        if (hasNext)
            edges.RemoveAt(edges.Count - 1);
        return new Page<T>(edges, hasNext, request.Page.After is not null, total);
    }

    static NpgsqlBatchCommand Command(string sql, SqlWhere where)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var p in where.Parameters)
            command.Parameters.Add(p.Clone());
        return command;
    }

    // Columns of the source, then the sort key as text (the cursor), the distance, and with a
    // counted page the count of all matching rows.
    static async Task<(List<Edge<T>> Edges, long? Total)> ReadPageAsync<T>(NpgsqlDataReader reader, ListSource<T> source, string sort,
                                                                           bool counted, CancellationToken ct)
    {
        var edges = new List<Edge<T>>();
        long? total = null;
        var columns = reader.FieldCount - (counted ? 3 : 2);
        while (await reader.ReadAsync(ct))
        {
            var node = source.Read(reader);
            var key = reader.IsDBNull(columns) ? "" : reader.GetString(columns);
            edges.Add(new Edge<T>(node, Cursor.Encode(sort, key, reader.GetInt64(0)),
                                  reader.IsDBNull(columns + 1) ? null : reader.GetDouble(columns + 1)));
            if (counted)
                total = reader.GetInt64(columns + 2);
        }
        return (edges, total);
    }

    /// <summary>How many live rows match the filter (Relay's totalCount).</summary>
    public async Task<long> CountAsync<T>(ListSource<T> source, SqlWhere where, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(CountSql(source, where));
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
