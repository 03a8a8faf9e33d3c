using Zones.GraphQL.Types;
using Zones.Server.Schema;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// The printed SDL is committed as src/Zones.Server/Schema/zones.graphql, so every API change shows
/// in review. Regenerate with ZONES_UPDATE_SNAPSHOTS=1 dotnet test --filter SchemaSnapshotTests.
/// </summary>
public class SchemaSnapshotTests
{
    static string SnapshotPath => Path.Combine(PostgisFixture.RepositoryRoot, "src", "Zones.Server", "Schema", "zones.graphql");

    [Fact]
    public void The_schema_is_valid() => Assert.Empty(SchemaValidator.Validate(ZonesSchema.Build()));

    [Fact]
    public void The_committed_sdl_matches_the_schema()
    {
        var printed = SchemaPrinter.Print(ZonesSchema.Build()) + "\n";
        if (Environment.GetEnvironmentVariable("ZONES_UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(SnapshotPath, printed);
        Assert.True(File.Exists(SnapshotPath), $"{SnapshotPath} is missing: run with ZONES_UPDATE_SNAPSHOTS=1 to write it.");
        Assert.True(File.ReadAllText(SnapshotPath) == printed,
            "zones.graphql is stale: the schema changed. Review the change and run with ZONES_UPDATE_SNAPSHOTS=1 to update it.");
    }
}
