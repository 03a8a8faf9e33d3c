using Npgsql;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Editing;

/// <summary>
/// A migrated database of its own (<c>zones_test_editing</c> by default, see <see cref="TestDatabases"/>)
/// for the editing, ownership and inventory tests. They build small townships by hand (see
/// <see cref="TestTownship"/>), so they need no demo data, and a database of their own keeps them
/// apart from suites that recreate <c>zones_test</c> while these run.
/// </summary>
public sealed class EditingDatabase : IAsyncLifetime
{
    public const string Collection = "editing-db";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync() => DataSource = await TestDatabases.CreateMigratedAsync(TestDatabases.Named("_editing"));

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }
}

[CollectionDefinition(EditingDatabase.Collection)]
public sealed class EditingCollection : ICollectionFixture<EditingDatabase>;
