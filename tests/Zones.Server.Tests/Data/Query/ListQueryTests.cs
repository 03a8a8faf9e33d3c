using NetTopologySuite.Geometries;
using Zones.Server.Data.Query;
using Zones.Server.Spatial;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Query;

/// <summary>Keyset paging, filters and distance sorting of list queries, checked against plain SQL on the demo.</summary>
[Collection(PostgisCollection.Name)]
public class ListQueryTests(PostgisFixture pg)
{
    ListQuery Lists => new(pg.DataSource);

    async Task<Point> AssetCentreAsync() => StorageGeometry.Factory.CreatePoint(new Coordinate(
        await pg.ScalarAsync<double>("SELECT ST_X(ST_Centroid(ST_Extent(geom))) FROM zones.asset"),
        await pg.ScalarAsync<double>("SELECT ST_Y(ST_Centroid(ST_Extent(geom))) FROM zones.asset")));

    static ListRequest Request(SqlWhere where, string sort = "id", int first = 50, string? after = null, Point? from = null) =>
        new(where, sort, false, from, new PageRequest(first, after));

    [Fact]
    public async Task Pages_cover_every_row_once_in_order()
    {
        var ids = new List<long>();
        string? after = null;
        do
        {
            var page = await Lists.PageAsync(Sources.Assets, Request(new SqlWhere().AddIf("toilet", "t.kind = {0}"), after: after, first: 7), default);
            ids.AddRange(page.Edges.Select(e => e.Node.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        } while (after is not null);
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset WHERE kind = 'toilet'"), ids.Count);
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task Count_matches_the_filter() =>
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.asset WHERE kind = 'streetlight' AND status = 'unlit'"),
                     await Lists.CountAsync(Sources.Assets, new SqlWhere().AddIf("streetlight", "t.kind = {0}").AddIf("unlit", "t.status = {0}"), default));

    [Fact]
    public async Task Sorting_by_distance_returns_the_nearest_first_with_metres()
    {
        var centre = await AssetCentreAsync();
        var page = await Lists.PageAsync(Sources.Assets, Request(new SqlWhere(), "distance", 20, from: centre), default);
        var distances = page.Edges.Select(e => e.DistanceM!.Value).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.Equal(await pg.ScalarAsync<double>(FormattableString.Invariant(
            $"SELECT min(ST_Distance(geom::geography, ST_MakePoint({centre.X}, {centre.Y})::geography)) FROM zones.asset")), distances[0], 3);
    }

    [Fact]
    public async Task Paging_by_distance_continues_where_the_last_page_ended()
    {
        var centre = await AssetCentreAsync();
        var first = await Lists.PageAsync(Sources.Assets, Request(new SqlWhere(), "distance", 10, from: centre), default);
        var second = await Lists.PageAsync(Sources.Assets, Request(new SqlWhere(), "distance", 10, first.EndCursor, centre), default);
        Assert.True(second.Edges[0].DistanceM >= first.Edges[^1].DistanceM);
        Assert.Empty(first.Edges.Select(e => e.Node.Id).Intersect(second.Edges.Select(e => e.Node.Id)));
    }

    [Fact]
    public async Task Within_a_distance_counts_what_ST_DWithin_counts()
    {
        var centre = await AssetCentreAsync();
        var where = new SqlWhere();
        new SpatialFilter(Near: centre, WithinMeters: 300).AppendTo(where);
        Assert.Equal(await pg.ScalarAsync<long>(FormattableString.Invariant(
            $"SELECT count(*) FROM zones.asset WHERE ST_DWithin(geom::geography, ST_MakePoint({centre.X}, {centre.Y})::geography, 300)")),
            await Lists.CountAsync(Sources.Assets, where, default));
    }

    [Fact]
    public async Task Inside_a_zone_counts_what_the_zone_polygon_holds()
    {
        var zoneId = await pg.ScalarAsync<long>("SELECT min(id) FROM zones.zone WHERE level = 'village'");
        var where = new SqlWhere();
        new SpatialFilter(ZoneId: zoneId).AppendTo(where);
        Assert.Equal(await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.asset a JOIN zones.zone z ON ST_Intersects(z.geom, a.geom) WHERE z.id = {zoneId}"),
                     await Lists.CountAsync(Sources.Assets, where, default));
    }

    [Fact]
    public async Task A_cursor_from_another_sort_is_refused_with_a_reason()
    {
        var page = await Lists.PageAsync(Sources.Assets, Request(new SqlWhere(), "id", 5), default);
        var e = await Assert.ThrowsAsync<CursorException>(() => Lists.PageAsync(Sources.Assets, Request(new SqlWhere(), "identifier", 5, page.EndCursor), default));
        Assert.Contains("start again from the first page", e.Message);
    }

    [Fact]
    public async Task Zones_at_a_point_come_most_specific_first()
    {
        var village = await pg.ScalarAsync<string>("SELECT ST_AsText(ST_PointOnSurface(geom)) FROM zones.zone WHERE level = 'village' ORDER BY code LIMIT 1");
        var zones = await new ZoneStore(pg.DataSource).AtPointAsync((Point)new NetTopologySuite.IO.WKTReader(StorageGeometry.Services).Read(village), [pg.TownshipCode], default);
        Assert.Equal(["village", "area", "township"], zones.Select(z => z.Level).Distinct().Where(l => l != "group"));
    }
}
