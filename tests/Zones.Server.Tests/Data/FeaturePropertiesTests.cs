using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data;

/// <summary>The collections' properties one by one (for <c>properties=</c>) rebuild exactly the features' properties.</summary>
[Collection(PostgisCollection.Name)]
public class FeaturePropertiesTests(PostgisFixture pg)
{
    [Theory]
    [InlineData("zones")]
    [InlineData("roads")]
    [InlineData("assets")]
    [InlineData("complaints")]
    [InlineData("shops")]
    public async Task All_properties_selected_one_by_one_equal_the_collections_own_object(string id)
    {
        var c = FeatureCollections.Find(id)!;
        var all = FeatureProperties.Select(c, FeatureProperties.Names(c).ToList());
        Assert.True(await pg.ScalarAsync<long>($"SELECT count(*) FROM {c.From} WHERE {c.Where}") > 0);
        Assert.Equal(0, await pg.ScalarAsync<long>(
            $"SELECT count(*) FROM {c.From} WHERE {c.Where} AND ({c.Properties})::jsonb IS DISTINCT FROM ({all})::jsonb"));
    }

    [Fact]
    public void A_selection_keeps_the_collections_order_and_only_the_names_asked()
    {
        var sql = FeatureProperties.Select(FeatureCollections.Assets, ["status", "name"]);
        Assert.Equal("json_build_object('name', t.name, 'status', t.status)", sql);
    }
}
