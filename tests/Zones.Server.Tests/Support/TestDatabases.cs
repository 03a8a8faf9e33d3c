using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Auth;
using Zones.Server.Data.Demo;

namespace Zones.Server.Tests.Support;

/// <summary>
/// Creates the test databases: each suite that writes gets a fresh, migrated database of its own
/// on the server of <c>ZONES_TEST_DB</c>, so suites running side by side never see each other's rows.
/// A missing server fails with how to start one (tests never skip).
/// </summary>
public static class TestDatabases
{
    /// <summary><c>ZONES_TEST_DB</c>, or the cluster scripts/test.sh starts.</summary>
    public static string BaseConnectionString =>
        Environment.GetEnvironmentVariable("ZONES_TEST_DB") is { Length: > 0 } cs ? cs : PostgisFixture.DefaultConnectionString;

    /// <summary>The base connection string with its database name plus <paramref name="suffix"/>.</summary>
    public static string Named(string suffix)
    {
        var b = new NpgsqlConnectionStringBuilder(BaseConnectionString);
        b.Database += suffix;
        return b.ConnectionString;
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>.</summary>
    public static async Task<T> ScalarAsync<T>(this NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>, with positional parameters <c>$1…</c>.</summary>
    public static async Task<T> ScalarAsync<T>(this NpgsqlDataSource db, string sql, params object[] args)
    {
        await using var cmd = db.Command(sql, args);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Runs <paramref name="sql"/> with positional parameters <c>$1…</c> (see <see cref="Command"/>).</summary>
    public static async Task ExecAsync(this NpgsqlDataSource db, string sql, params object[] args)
    {
        await using var cmd = db.Command(sql, args);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// <paramref name="sql"/> with positional parameters <c>$1…</c>; an NTS geometry goes as a PostGIS geometry in
    /// WGS84 (its SRID set to 4326, as the fixtures draw in lon/lat).
    /// </summary>
    public static NpgsqlCommand Command(this NpgsqlDataSource db, string sql, params object[] args)
    {
        var cmd = db.CreateCommand(sql);
        foreach (var a in args)
        {
            if (a is NetTopologySuite.Geometries.Geometry g)
                g.SRID = 4326;
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        }
        return cmd;
    }

    /// <summary>
    /// A fresh migrated database with the demo township loaded and its sign-ins made (the demo is
    /// public, as scripts/run.sh leaves it); returns the data source and the demo's division code.
    /// </summary>
    public static async Task<(NpgsqlDataSource DataSource, string DemoCode)> CreateWithDemoAsync(string connectionString, bool perTest = false)
    {
        var dataSource = await CreateMigratedAsync(connectionString, perTest);
        var townships = await new DemoLoader(dataSource, NullLogger<DemoLoader>.Instance).LoadAllAsync(PostgisFixture.DemoFolder, CancellationToken.None);
        await new DemoAccounts(dataSource, new UserStore(dataSource)).EnsureAsync(townships[0].Code, CancellationToken.None);
        return (dataSource, townships[0].Code);
    }

    static readonly HashSet<string> Created = new(StringComparer.Ordinal);

    /// <summary>Drops and recreates the database of <paramref name="connectionString"/>, then applies every migration.</summary>
    /// <param name="perTest">The one test class that owns the name recreates it for each of its tests (they run one after another).</param>
    public static async Task<NpgsqlDataSource> CreateMigratedAsync(string connectionString, bool perTest = false)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        // xUnit runs test classes side by side: two fixtures recreating one database drop it under
        // each other now and then. Refusing the second creation makes that fail every time instead.
        lock (Created)
            if (!Created.Add(target.Database!) && !perTest)
                throw new InvalidOperationException(
                    $"The test database '{target.Database}' was already created in this run: give the fixture its own suffix " +
                    "(derive it with another name, as ImportHttpDatabase does) so two test classes never drop each other's database.");
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var conn = new NpgsqlConnection(admin.ConnectionString);
            await conn.OpenAsync();
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)", $"CREATE DATABASE \"{target.Database}\"" })
            {
                await using var cmd = new NpgsqlCommand(sql, conn);
                await cmd.ExecuteNonQueryAsync();
            }
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"The integration tests need PostgreSQL + PostGIS at {target.Host}:{target.Port} ({e.Message}). " +
                "Run scripts/test.sh, or start one with `ZONES_PGPORT=54339 scripts/db.sh start` " +
                "or set ZONES_TEST_DB to a server where the user may create databases.", e);
        }
        var dataSource = ZonesDataSource.Create(connectionString);
        await new Migrator(dataSource, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        return dataSource;
    }
}
