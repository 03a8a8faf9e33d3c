using Zones.Server.Data.Query;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Query;

/// <summary>A page asked for with its totalCount (issue #12: one round trip) holds the same rows and count as plain SQL.</summary>
[Collection(PostgisCollection.Name)]
public class CountedPageTests(PostgisFixture pg)
{
    ListQuery Lists => new(pg.DataSource);

    async Task<(SqlWhere Where, long Zone)> InVillageAsync()
    {
        var zone = await pg.ScalarAsync<long>("SELECT id FROM zones.zone WHERE level = 'village' AND valid_to IS NULL ORDER BY code LIMIT 1");
        var where = new SqlWhere();
        new SpatialFilter(ZoneId: zone).AppendTo(where);
        return (where, zone);
    }

    Task<long> InZoneCountAsync(long zone) => pg.ScalarAsync<long>(
        $"SELECT count(*) FROM zones.asset a JOIN zones.zone z ON ST_Intersects(a.geom, z.geom) AND a.township_code = z.township_code WHERE z.id = {zone} AND a.retired_at IS NULL");

    [Fact]
    public async Task Assets_within_a_zone_come_with_their_total_in_one_answer()
    {
        var (where, zone) = await InVillageAsync();
        var page = await Lists.PageAsync(Sources.Assets, new ListRequest(where, "id", false, null, new PageRequest(5, null), WithCount: true), default);
        Assert.Equal(await InZoneCountAsync(zone), page.Total);
        Assert.Equal(page.Edges.Select(e => e.Node.Id).Order(), page.Edges.Select(e => e.Node.Id));
        Assert.Equal(5, page.Edges.Count);
    }

    [Fact]
    public async Task Every_page_of_a_zone_repeats_the_same_total_and_the_pages_add_up_to_it()
    {
        var (where, zone) = await InVillageAsync();
        var ids = new List<long>();
        Page<AssetRow> page;
        string? after = null;
        do
        {
            page = await Lists.PageAsync(Sources.Assets, new ListRequest(where, "identifier", false, null, new PageRequest(40, after), WithCount: true), default);
            Assert.Equal(await InZoneCountAsync(zone), page.Total);
            ids.AddRange(page.Edges.Select(e => e.Node.Id));
            after = page.EndCursor;
        } while (page.HasNextPage);
        Assert.Equal(await InZoneCountAsync(zone), ids.Distinct().Count());
    }

    [Fact]
    public async Task A_page_past_the_last_row_still_tells_the_total()
    {
        var (where, zone) = await InVillageAsync();
        var all = await Lists.PageAsync(Sources.Assets, new ListRequest(where, "id", false, null, new PageRequest(1000, null)), default);
        var past = await Lists.PageAsync(Sources.Assets, new ListRequest(where, "id", false, null, new PageRequest(5, all.EndCursor), WithCount: true), default);
        Assert.Empty(past.Edges);
        Assert.Equal(await InZoneCountAsync(zone), past.Total);
    }

    [Fact]
    public async Task Nearest_first_within_a_radius_counts_what_ST_DWithin_counts()
    {
        var centre = StorageGeometry(119.805, 31.035);
        var where = new SqlWhere();
        new SpatialFilter(Near: centre, WithinMeters: 500).AppendTo(where);
        var page = await Lists.PageAsync(Sources.Assets, new ListRequest(where, "distance", false, centre, new PageRequest(10, null), WithCount: true), default);
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND ST_DWithin(geom::geography, 'SRID=4326;POINT(119.805 31.035)'::geography, 500)"),
                     page.Total);
    }

    static NetTopologySuite.Geometries.Point StorageGeometry(double lon, double lat) =>
        Zones.Server.Spatial.StorageGeometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat));
}
