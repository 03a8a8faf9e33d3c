using Npgsql;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// The statements of one import, on the connection of its transaction. Parameters are text: the
/// township code first, then what a statement names in its comment.
/// </summary>
sealed partial class ImportSql(NpgsqlConnection conn, CancellationToken ct)
{
    /// <summary>A problem the database found: see <see cref="TargetImport.ChecksSql"/>.</summary>
    public sealed record Clash(int Row, string Field, string? Value, string Problem, string? Detail);

    public async Task<int> ExecAsync(string sql, params string[] args)
    {
        await using var cmd = Command(sql, args);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> ExistsAsync(string sql, params string[] args)
    {
        await using var cmd = Command(sql, args);
        return await cmd.ExecuteScalarAsync(ct) is true;
    }

    /// <summary>
    /// Binary COPY of the staged rows. Each value's PostgreSQL type follows from its CLR type
    /// (string → text, int → integer, NTS Geometry → geometry, DateOnly → date, UTC DateTime → timestamptz).
    /// </summary>
    public async Task CopyAsync(string copySql, IEnumerable<object?[]> rows)
    {
        await using var importer = await conn.BeginBinaryImportAsync(copySql, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var value in row)
                if (value is null)
                    await importer.WriteNullAsync(ct);
                else
                    await importer.WriteAsync(value, ct);
        }
        await importer.CompleteAsync(ct);
    }

    /// <summary>Why the actor of the transaction may not write the township (Chinese, English); null when it may.</summary>
    public Task<(string Zh, string En)?> RefusalAsync(string townshipCode) =>
        Editing.WriteScope.RefusalTextAsync(conn, null, townshipCode, ct);

    public async Task<List<Clash>> ClashesAsync(string sql, params string[] args)
    {
        await using var cmd = Command(sql, args);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var clashes = new List<Clash>();
        while (await reader.ReadAsync(ct))
            clashes.Add(new Clash(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                                  reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        return clashes;
    }

    /// <summary>
    /// <c>row, key, action, field, before, after</c> rows, ordered by row, as one change per row;
    /// <paramref name="header"/> names a field as the file does.
    /// </summary>
    public async Task<List<ImportChange>> ChangesAsync(string sql, Func<string, string> header)
    {
        await using var cmd = Command(sql);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var changes = new List<ImportChange>();
        List<FieldChange>? fields = null;
        while (await reader.ReadAsync(ct))
        {
            var row = reader.GetInt32(0);
            if (changes.Count == 0 || changes[^1].Row != row)
                changes.Add(new ImportChange(row, reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetString(2), fields = []));
            if (!reader.IsDBNull(3))
                fields!.Add(new FieldChange(header(reader.GetString(3)), Short(reader, 4), Short(reader, 5)));
        }
        return changes;
    }

    // A polygon's WKT can run to megabytes: the report shows its start.
    static string? Short(System.Data.Common.DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : reader.GetString(i) is { Length: > 200 } s ? s[..200] + "…" : reader.GetString(i);

    NpgsqlCommand Command(string sql, params string[] args)
    {
        // Bulk statements over 100 000 rows may outlast Npgsql's 30 s default on a busy server;
        // the caller's token still cancels them.
        var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        foreach (var arg in args)
            cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = arg });
        return cmd;
    }
}
