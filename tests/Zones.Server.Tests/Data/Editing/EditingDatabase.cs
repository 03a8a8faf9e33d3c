using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Editing;

/// <summary>
/// A migrated database of its own (<c>zones_test_editing</c>, on the server of <c>ZONES_TEST_DB</c>)
/// for the editing, ownership and inventory tests. They build small townships by hand (see
/// <see cref="TestTownship"/>), so they need no demo data, and a database of their own keeps them
/// apart from suites that recreate <c>zones_test</c> while these run.
/// </summary>
public sealed class EditingDatabase : IAsyncLifetime
{
    public const string Collection = "editing-db";

    // Only the constant of PostgisFixture: touching the type would run its repository lookup,
    // which fails when the tests are built with --artifacts-path outside the repository.
    readonly NpgsqlConnectionStringBuilder _target =
        new(Environment.GetEnvironmentVariable("ZONES_TEST_DB") is { Length: > 0 } cs ? cs : PostgisFixture.DefaultConnectionString)
        { Database = "zones_test_editing" };

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(_target.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var conn = new NpgsqlConnection(admin.ConnectionString);
            await conn.OpenAsync();
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{_target.Database}\" WITH (FORCE)", $"CREATE DATABASE \"{_target.Database}\"" })
                await new NpgsqlCommand(sql, conn).ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException($"The editing tests need PostgreSQL + PostGIS at {_target.Host}:{_target.Port} " +
                $"({e.Message}). Start it with `ZONES_PGPORT=54339 scripts/db.sh start` or set ZONES_TEST_DB.", e);
        }
        DataSource = NpgsqlDataSource.Create(_target.ConnectionString);
        await new Migrator(DataSource, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }
}

[CollectionDefinition(EditingDatabase.Collection)]
public sealed class EditingCollection : ICollectionFixture<EditingDatabase>;
