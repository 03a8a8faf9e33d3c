using Npgsql;
using Zones.Server.Data.Demo;

namespace Zones.Server.Tests.Support;

/// <summary>
/// The public demo township and the non-public <see cref="SecondTownship"/> beside it, with the sign-ins
/// of both and a county admin over the two, in a database of their own (<c>{ZONES_TEST_DB database}_two</c>):
/// the suites reading the shared demo never see the second township. A suite that writes into it takes a
/// database of its own by deriving with another suffix.
/// </summary>
public class TwoTownshipsDatabase : IAsyncLifetime
{
    public TwoTownshipsDatabase() : this("_two") { }

    protected TwoTownshipsDatabase(string suffix) => ConnectionString = TestDatabases.Named(suffix);

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    /// <summary>Division code of the demo township (public).</summary>
    public string DemoCode { get; private set; } = "";

    public SecondTownship Second { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        (DataSource, DemoCode) = await TestDatabases.CreateWithDemoAsync(ConnectionString);
        Second = await SecondTownship.CreateAsync(DataSource);
    }

    public virtual async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    public Task<T> ScalarAsync<T>(string sql) => DataSource.ScalarAsync<T>(sql);
}
