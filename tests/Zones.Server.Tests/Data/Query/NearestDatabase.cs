using Npgsql;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Query;

/// <summary>
/// The demo township in a database of its own (<c>{ZONES_TEST_DB database}_nearest</c>) for the
/// nearest-first tests, which move rows onto one another to make ties.
/// </summary>
public sealed class NearestDatabase : IAsyncLifetime
{
    public string ConnectionString { get; } = TestDatabases.Named("_nearest");

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync() => (DataSource, _) = await TestDatabases.CreateWithDemoAsync(ConnectionString);

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<List<long>> IdsAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt64(0));
        return ids;
    }
}
