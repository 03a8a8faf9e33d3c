using Npgsql;

namespace Zones.Server.Data.Transfer;

// Queries whose rows go into the report (road segments, topology findings).
sealed partial class ImportSql
{
    public async Task<List<T>> ReadAsync<T>(string sql, Func<NpgsqlDataReader, T> read, params string[] args)
    {
        await using var cmd = Command(sql, args);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(read(reader));
        return rows;
    }
}
