using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Zones.Server.Data.Auth;
using Zones.Server.Data.Demo;

namespace Zones.Server.Tests.Support;

/// <summary>
/// The public demo township and the non-public <see cref="SecondTownship"/> beside it, with the sign-ins
/// of both and a county admin over the two, in a database of their own (<c>{ZONES_TEST_DB database}_two</c>):
/// the suites reading the shared demo never see the second township.
/// </summary>
public sealed class TwoTownshipsDatabase : IAsyncLifetime
{
    public string ConnectionString { get; } = TestDatabases.Named("_two");

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    /// <summary>Division code of the demo township (public).</summary>
    public string DemoCode { get; private set; } = "";

    public SecondTownship Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        DataSource = await TestDatabases.CreateMigratedAsync(ConnectionString);
        var townships = await new DemoLoader(DataSource, NullLogger<DemoLoader>.Instance).LoadAllAsync(PostgisFixture.DemoFolder, CancellationToken.None);
        DemoCode = townships[0].Code;
        await new DemoAccounts(DataSource, new UserStore(DataSource)).EnsureAsync(DemoCode, CancellationToken.None);
        Second = await SecondTownship.CreateAsync(DataSource);
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    public Task<T> ScalarAsync<T>(string sql) => DataSource.ScalarAsync<T>(sql);
}
