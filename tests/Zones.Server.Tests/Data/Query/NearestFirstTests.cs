using NetTopologySuite.Geometries;
using Zones.Server.Data.Query;
using Zones.Server.Spatial;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Query;

/// <summary>
/// Nearest first (issue #12): every list sorted by distance comes in the order of
/// <c>ORDER BY ST_Distance(geom::geography, origin), id</c> — on the spheroid, ties by id — page after page.
/// </summary>
public class NearestFirstTests(NearestDatabase db) : IClassFixture<NearestDatabase>
{
    ListQuery Lists => new(db.DataSource);

    static Point At(double lon, double lat) => StorageGeometry.Factory.CreatePoint(new Coordinate(lon, lat));

    // The ids SQL puts first, sorting every row exactly.
    Task<List<long>> ExpectedAsync(string table, string live, Point o, int n) => db.IdsAsync(FormattableString.Invariant($"""
        SELECT id FROM zones.{table} WHERE {live}
        ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint({o.X}, {o.Y}), 4326)::geography), id LIMIT {n}
        """));

    // Walks pages of <paramref name="size"/> through the cursors until <paramref name="n"/> rows are in.
    async Task<List<long>> WalkAsync<T>(ListSource<T> source, Point o, int size, int n, Func<T, long> id, SqlWhere? where = null)
    {
        var ids = new List<long>();
        string? after = null;
        do
        {
            var page = await Lists.PageAsync(source, new ListRequest(where ?? new SqlWhere(), "distance", false, o, new PageRequest(size, after)), default);
            ids.AddRange(page.Edges.Select(e => id(e.Node)));
            after = page.HasNextPage ? page.EndCursor : null;
        } while (after is not null && ids.Count < n);
        return ids.Take(n).ToList();
    }

    async Task<Point> TiedAssetsAsync()
    {
        // Six bins on one spot and three more a metre away: ties that straddle pages of four.
        await db.ExecuteAsync("""
            UPDATE zones.asset SET geom = ST_SetSRID(ST_MakePoint(119.8051, 31.0351), 4326)
            WHERE id IN (SELECT id FROM zones.asset WHERE kind = 'bin' ORDER BY id DESC LIMIT 6);
            UPDATE zones.asset SET geom = ST_SetSRID(ST_MakePoint(119.80511, 31.0351), 4326)
            WHERE id IN (SELECT id FROM zones.asset WHERE kind = 'bin' ORDER BY id LIMIT 3)
            """);
        return At(119.8051, 31.0351);
    }

    [Fact]
    public async Task Assets_come_nearest_first_with_ties_by_id_across_pages()
    {
        var o = await TiedAssetsAsync();
        Assert.Equal(await ExpectedAsync("asset", "retired_at IS NULL", o, 40), await WalkAsync(Sources.Assets, o, 4, 40, a => a.Id));
    }

    [Fact]
    public async Task Roads_meeting_at_a_junction_tie_at_zero_metres_and_come_by_id()
    {
        var junction = (Point)(await db.DataSource.ScalarAsync<Geometry>("SELECT ST_StartPoint(geom) FROM zones.road ORDER BY id LIMIT 1"));
        Assert.Equal(await ExpectedAsync("road", "retired_at IS NULL", junction, 25), await WalkAsync(Sources.Roads, junction, 3, 25, r => r.Id));
    }

    [Fact]
    public async Task Complaints_at_one_spot_come_by_id_across_pages()
    {
        await db.ExecuteAsync("""
            UPDATE zones.complaint SET geom = ST_SetSRID(ST_MakePoint(119.806, 31.036), 4326)
            WHERE id IN (SELECT id FROM zones.complaint ORDER BY id LIMIT 7)
            """);
        var o = At(119.806, 31.036);
        Assert.Equal(await ExpectedAsync("complaint", "true", o, 30), await WalkAsync(Sources.Complaints, o, 5, 30, c => c.Id));
    }

    [Fact]
    public async Task The_order_is_the_spheroid_distance_not_the_sphere_one_the_index_uses()
    {
        // 1,000 m due north and 1,001 m due east: on the sphere (KNN's <->) the eastern one is nearer.
        var ids = await db.IdsAsync("SELECT id FROM zones.asset WHERE kind = 'streetlight' ORDER BY id LIMIT 2");
        await db.ExecuteAsync($"""
            UPDATE zones.asset SET geom = ST_Project('SRID=4326;POINT(119.805 31.035)'::geography, 1000, 0)::geometry WHERE id = {ids[1]};
            UPDATE zones.asset SET geom = ST_Project('SRID=4326;POINT(119.805 31.035)'::geography, 1001, pi() / 2)::geometry WHERE id = {ids[0]}
            """);
        Assert.True(await db.DataSource.ScalarAsync<bool>($"""
            SELECT n.geom::geography <-> 'SRID=4326;POINT(119.805 31.035)'::geography > e.geom::geography <-> 'SRID=4326;POINT(119.805 31.035)'::geography
            FROM zones.asset n, zones.asset e WHERE n.id = {ids[1]} AND e.id = {ids[0]}
            """));
        var only = new SqlWhere().Add("t.id = ANY({0})", Zones.Server.Data.Sql.P(ids.ToArray()));
        Assert.Equal([ids[1], ids[0]], await WalkAsync(Sources.Assets, At(119.805, 31.035), 1, 2, a => a.Id, only));
    }

    [Fact]
    public async Task Distances_reported_are_the_spheroid_metres_of_the_order()
    {
        var o = At(119.8, 31.03);
        var page = await Lists.PageAsync(Sources.Assets, new ListRequest(new SqlWhere(), "distance", false, o, new PageRequest(30, null)), default);
        var distances = page.Edges.Select(e => e.DistanceM!.Value).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.Equal(await db.DataSource.ScalarAsync<double>(
            "SELECT min(ST_Distance(geom::geography, 'SRID=4326;POINT(119.8 31.03)'::geography)) FROM zones.asset WHERE retired_at IS NULL"), distances[0], 6);
    }

    [Fact]
    public async Task Farthest_first_is_the_exact_reverse_order()
    {
        var o = At(119.8, 31.03);
        var ids = await db.IdsAsync("""
            SELECT id FROM zones.asset WHERE retired_at IS NULL
            ORDER BY ST_Distance(geom::geography, 'SRID=4326;POINT(119.8 31.03)'::geography) DESC, id DESC LIMIT 12
            """);
        var page = await Lists.PageAsync(Sources.Assets, new ListRequest(new SqlWhere(), "distance", true, o, new PageRequest(6, null)), default);
        var next = await Lists.PageAsync(Sources.Assets, new ListRequest(new SqlWhere(), "distance", true, o, new PageRequest(6, page.EndCursor)), default);
        Assert.Equal(ids, page.Edges.Concat(next.Edges).Select(e => e.Node.Id));
    }
}
