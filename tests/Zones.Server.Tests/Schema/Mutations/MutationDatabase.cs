using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>
/// A database of its own for the mutation tests (<c>{ZONES_TEST_DB database}_mutations</c>),
/// migrated and loaded with the demo township, and the server over it. Its own, because the tests
/// write: suites reading the shared demo database must not see their rows.
/// </summary>
public sealed class MutationDatabase : IAsyncLifetime
{
    public const string Collection = "mutations-db";

    readonly string _connectionString = TestDatabases.Named("_mutations");

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public ZonesApplication App { get; private set; } = null!;

    Task<SecondTownship>? _second;

    /// <summary>
    /// The non-public <see cref="SecondTownship"/> beside the demo, written on first use (its accounts
    /// cost a second of password hashing, which only the tests of the township border need).
    /// </summary>
    public Task<SecondTownship> SecondTownshipAsync() => _second ??= SecondTownship.CreateAsync(DataSource);

    public async Task InitializeAsync()
    {
        DataSource = await TestDatabases.CreateMigratedAsync(_connectionString);
        await new DemoLoader(DataSource, NullLogger<DemoLoader>.Instance).LoadAllAsync(PostgisFixture.DemoFolder, CancellationToken.None);
        await using (var off = DataSource.CreateCommand(Folding.OffEverywhereSql))
            await off.ExecuteNonQueryAsync();  // every test here expects its report to open a case of its own
        App = new ZonesApplication(_connectionString);
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
            await App.DisposeAsync();
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}

[CollectionDefinition(MutationDatabase.Collection)]
public sealed class MutationCollection : ICollectionFixture<MutationDatabase>;
