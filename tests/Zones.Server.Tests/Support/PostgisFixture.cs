using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Demo;

namespace Zones.Server.Tests.Support;

/// <summary>
/// One freshly created, migrated <c>zones_test</c> database per test run, with the demo township
/// loaded. The connection string comes from <c>ZONES_TEST_DB</c> (scripts/test.sh sets it), the way
/// Npgsql's own tests use NPGSQL_TEST_DB. A missing server fails the tests with how to start one.
/// </summary>
public sealed class PostgisFixture : IAsyncLifetime
{
    public const string DefaultConnectionString =
        "Host=127.0.0.1;Port=54339;Database=zones_test;Username=zones;Password=zones";

    public string ConnectionString { get; } = TestDatabases.BaseConnectionString;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    /// <summary>Division code of the demo township.</summary>
    public string TownshipCode { get; private set; } = "";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string DemoFolder => Path.Combine(RepositoryRoot, "data", "demo");

    public async Task InitializeAsync()
    {
        (DataSource, TownshipCode) = await TestDatabases.CreateWithDemoAsync(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    public Task<T> ScalarAsync<T>(string sql) => DataSource.ScalarAsync<T>(sql);

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return await cmd.ExecuteNonQueryAsync();
    }

    static string FindRoot()
    {
        var recorded = typeof(PostgisFixture).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Zones.sln")))
            return recorded;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Zones.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Zones.sln) above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgisCollection : ICollectionFixture<PostgisFixture>
{
    public const string Name = "postgis";
}
