using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// Issue #13 §E: the zones of a day and the zones' histories are read in a fixed number of statements,
/// whatever the number of zones (the counting is <see cref="NoNPlusOneTests"/>'s).
/// </summary>
[Collection(PostgisCollection.Name)]
public class ZoneTimeStatementsTests(PostgisFixture pg)
{
    const string AsOf = """
        query($first: Int) { zonesAsOf(townshipCode: "330522125000", at: "2100-01-01T00:00:00Z") {
          code owners { ownerName owner { ... on Person { name } ... on Unit { name } } } } x: zones(first: $first) { totalCount } }
        """;

    const string Histories = """
        query($first: Int) { zones(first: $first) { edges { node { history { kind actorName before after } } } } }
        """;

    [Fact]
    public async Task The_zones_of_a_day_and_their_owners_then_take_a_few_statements_for_the_whole_township()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await NoNPlusOneTests.CountStatementsAsync(app, AsOf, 1); // warm-up
        var statements = await NoNPlusOneTests.CountStatementsAsync(app, AsOf, 1);
        var zones = await pg.ScalarAsync<long>("SELECT count(*) FROM zones.zone WHERE township_code = '330522125000' AND valid_to IS NULL");
        Assert.True(zones > 20, $"the demo has {zones} zones");
        // Access, versions, owners, people, units and the count: an owner query per zone would add {zones}.
        Assert.InRange(statements, 1, 8);
    }

    [Fact]
    public async Task Histories_do_not_grow_with_the_number_of_zones()
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        await NoNPlusOneTests.CountStatementsAsync(app, Histories, 1);
        var few = await NoNPlusOneTests.CountStatementsAsync(app, Histories, 2);
        var many = await NoNPlusOneTests.CountStatementsAsync(app, Histories, 25);
        Assert.InRange(many, few - 2, few + 2);
    }
}
