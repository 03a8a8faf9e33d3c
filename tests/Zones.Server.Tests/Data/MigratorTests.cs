using Microsoft.Extensions.Logging.Abstractions;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data;

[Collection(PostgisCollection.Name)]
public class MigratorTests(PostgisFixture pg)
{
    [Fact]
    public async Task Every_embedded_migration_is_recorded_once() =>
        Assert.Equal(Migrator.Embedded.Count, (int)await pg.ScalarAsync<long>(
            "SELECT count(DISTINCT version) FROM zones.schema_migrations"));

    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        var migrator = new Migrator(pg.DataSource, NullLogger<Migrator>.Instance);
        Assert.Empty(await migrator.MigrateAsync(CancellationToken.None));
        Assert.Empty(await migrator.PendingAsync(CancellationToken.None));
    }

    [Fact]
    public void Migrations_are_numbered_without_gaps()
    {
        var numbers = Migrator.Embedded.Select(m => int.Parse(m.Name[..4])).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }
}
