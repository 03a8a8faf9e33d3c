using Microsoft.Extensions.Logging.Abstractions;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Demo;

/// <summary>
/// The demo township as loaded into PostGIS: the minimums of issue #2 and the gaps planted for the
/// coverage analyses (data/demo/README.md), checked with PostGIS rather than trusted from the files.
/// </summary>
[Collection(PostgisCollection.Name)]
public class DemoTownshipTests(PostgisFixture pg)
{
    Task<long> Count(string sql) => pg.ScalarAsync<long>(sql);

    [Theory]
    [InlineData("SELECT count(*) FROM zones.zone WHERE level = 'area'", 4)]
    [InlineData("SELECT count(*) FROM zones.zone WHERE level = 'village'", 12)]
    [InlineData("SELECT count(*) FROM zones.road", 40)]
    [InlineData("SELECT count(DISTINCT class) FROM zones.road", 3)]
    [InlineData("SELECT count(*) FROM zones.asset WHERE kind = 'bin'", 300)]
    [InlineData("SELECT count(*) FROM zones.asset WHERE kind = 'toilet'", 20)]
    [InlineData("SELECT count(*) FROM zones.asset WHERE kind = 'toilet' AND subtype = 'dry'", 1)]
    [InlineData("SELECT count(*) FROM zones.asset WHERE kind = 'streetlight'", 400)]
    [InlineData("SELECT count(*) FROM zones.asset WHERE kind = 'streetlight' AND status = 'unlit'", 1)]
    [InlineData("SELECT count(*) FROM zones.person", 15)]
    [InlineData("SELECT count(*) FROM zones.unit", 8)]
    [InlineData("SELECT count(*) FROM zones.complaint WHERE reported_at > now() - interval '90 days'", 500)]
    [InlineData("SELECT count(DISTINCT stage) FROM zones.complaint", 5)]
    [InlineData("SELECT count(*) FROM zones.complaint WHERE deadline < now() AND stage NOT IN ('closed', 'voided', 'shelved')", 1)]
    public async Task The_demo_has_at_least(string sql, long minimum) =>
        Assert.True(await Count(sql) >= minimum, $"{sql} → {await Count(sql)}, expected ≥ {minimum}");

    [Fact]
    public async Task The_areas_tile_the_township() =>
        Assert.True(await pg.ScalarAsync<double>("""
            SELECT ST_Area(ST_SymDifference(t.geom, (SELECT ST_Union(a.geom) FROM zones.zone a WHERE a.parent_id = t.id))::geography)
            FROM zones.zone t WHERE t.level = 'township'
            """) < 1.0);

    [Fact]
    public async Task Land_covered_by_no_village_was_planted() =>
        Assert.True(await pg.ScalarAsync<double>("""
            SELECT sum(ST_Area(ST_Difference(a.geom, (SELECT ST_Union(v.geom) FROM zones.zone v WHERE v.parent_id = a.id))::geography))
            FROM zones.zone a WHERE a.level = 'area'
            """) > 100);

    [Fact]
    public async Task Overlapping_sibling_villages_were_planted() =>
        Assert.True(await Count("""
            SELECT count(*) FROM zones.zone a JOIN zones.zone b ON a.parent_id = b.parent_id AND a.id < b.id
            WHERE a.level = 'village' AND ST_Relate(a.geom, b.geom, '2********')
            """) >= 1);

    [Fact]
    public async Task A_zone_with_no_active_primary_owner_was_planted() =>
        Assert.True(await Count("""
            SELECT count(*) FROM zones.zone z WHERE z.level IN ('area', 'village') AND NOT EXISTS (
              SELECT 1 FROM zones.assignment a WHERE a.target_kind = 'zone' AND a.target_id = z.id AND a.is_primary
                AND a.valid_from <= now() AND (a.valid_to IS NULL OR a.valid_to > now()))
            """) >= 1);

    [Fact]
    public async Task A_handover_is_in_the_history() =>
        Assert.True(await Count("""
            SELECT count(*) FROM zones.assignment old JOIN zones.assignment new
              ON new.target_kind = old.target_kind AND new.target_id = old.target_id
             AND new.is_primary AND old.is_primary AND new.valid_from = old.valid_to
            """) >= 1);

    [Fact]
    public async Task Exactly_one_toilet_has_no_maintainer() =>
        Assert.Equal(1, await Count("SELECT count(*) FROM zones.asset WHERE kind = 'toilet' AND maintainer_unit_id IS NULL"));

    [Fact]
    public async Task A_dry_toilet_stands_inside_the_built_up_area() =>
        Assert.True(await Count("""
            SELECT count(*) FROM zones.asset t JOIN zones.built_up_area b ON ST_Intersects(b.geom, t.geom)
            WHERE t.kind = 'toilet' AND t.subtype = 'dry'
            """) >= 1);

    [Fact]
    public async Task A_village_has_no_public_toilet() =>
        Assert.True(await Count("""
            SELECT count(*) FROM zones.zone v WHERE v.level = 'village' AND NOT EXISTS (
              SELECT 1 FROM zones.asset t WHERE t.kind = 'toilet' AND ST_Intersects(v.geom, t.geom))
            """) >= 1);

    [Fact]
    public async Task At_least_three_road_segments_have_no_working_light_within_25_m() =>
        Assert.True(await Count("""
            SELECT count(*) FROM zones.road r
            WHERE ST_Length(r.geom::geography) > 50 AND NOT EXISTS (
              SELECT 1 FROM zones.asset l WHERE l.kind IN ('streetlight', 'landscape_light') AND l.status = 'good'
                AND ST_DWithin(l.geom::geography, r.geom::geography, 25))
            """) >= 3);

    [Fact]
    public async Task Every_complaint_lies_in_a_zone_and_has_its_history() =>
        Assert.Equal(0, await Count("""
            SELECT count(*) FROM zones.complaint c
            WHERE c.zone_id IS NULL OR NOT EXISTS (SELECT 1 FROM zones.complaint_event e WHERE e.complaint_id = c.id)
            """));

    [Fact]
    public async Task Complaints_in_owned_zones_have_a_first_responsible_party() =>
        Assert.True(await Count("""
            SELECT count(*) FROM zones.complaint
            WHERE first_responsible_person_id IS NOT NULL OR first_responsible_unit_id IS NOT NULL
            """) >= 400);

    [Fact]
    public async Task Loading_the_demo_again_loads_nothing_twice()
    {
        var before = await Count("SELECT count(*) FROM zones.complaint");
        var loader = new DemoLoader(pg.DataSource, NullLogger<DemoLoader>.Instance);
        Assert.DoesNotContain(await loader.LoadAllAsync(PostgisFixture.DemoFolder, CancellationToken.None), t => t.Loaded);
        Assert.Equal(before, await Count("SELECT count(*) FROM zones.complaint"));
    }
}
