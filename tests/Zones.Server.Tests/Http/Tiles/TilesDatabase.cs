using Npgsql;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Tiles;

/// <summary>
/// The demo township in a database of its own (<c>{ZONES_TEST_DB database}_tiles</c>) with the demo
/// sign-ins, for the tile tests that edit data; the suites reading the shared demo never see it.
/// </summary>
public class TilesDatabase : IAsyncLifetime
{
    public TilesDatabase() : this("_tiles") { }

    protected TilesDatabase(string suffix) => ConnectionString = TestDatabases.Named(suffix);

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public string TownshipCode { get; private set; } = "";

    public async Task InitializeAsync()
    {
        (DataSource, TownshipCode) = await TestDatabases.CreateWithDemoAsync(ConnectionString);
    }

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
}
