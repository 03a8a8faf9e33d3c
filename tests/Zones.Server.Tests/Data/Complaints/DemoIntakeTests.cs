using Zones.Server.Data.Complaints;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>
/// Intake on the demo township (data/demo): the places are found in the data, not hard-coded, so
/// the tests follow the demo when it is regenerated. Cases made here are deleted afterwards.
/// </summary>
[Collection(PostgisCollection.Name)]
public class DemoIntakeTests(PostgisFixture pg) : IAsyncLifetime
{
    readonly ComplaintKit _kit = new(pg.DataSource);
    readonly List<long> _made = [];

    // A point of the zone that no other zone as specific (or more) covers: intake must find that zone.
    const string OwnPointSql = """
        SELECT ST_X(p.pt) || ',' || ST_Y(p.pt) || ',' || z.id || ',' || coalesce(a.person_id, 0) || ',' || coalesce(a.unit_id, 0)
        FROM zones.zone z
        JOIN zones.assignment a ON a.target_kind = 'zone' AND a.target_id = {0} AND a.is_primary
         AND a.valid_from <= now() AND (a.valid_to IS NULL OR a.valid_to > now())
        CROSS JOIN LATERAL (SELECT ST_PointOnSurface(coalesce(ST_Difference(z.geom, (
          SELECT ST_Union(o.geom) FROM zones.zone o WHERE o.id <> z.id AND o.valid_to IS NULL
            AND zones.level_rank(o.level) >= zones.level_rank(z.level))), z.geom)) AS pt) p
        WHERE z.township_code = '{1}' AND z.level IN ('area', 'village') AND z.valid_to IS NULL AND NOT ST_IsEmpty(p.pt)
          AND {2} EXISTS (SELECT 1 FROM zones.assignment own WHERE own.target_kind = 'zone' AND own.target_id = z.id
                AND own.is_primary AND own.valid_from <= now() AND (own.valid_to IS NULL OR own.valid_to > now()))
        ORDER BY z.level DESC, z.id LIMIT 1
        """;

    // The demo's timestamps follow the real clock (the loader shifts them), so these tests do too.
    public Task InitializeAsync()
    {
        _kit.Clock.Now = DateTimeOffset.UtcNow;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        var ids = "{" + string.Join(',', _made) + "}";
        return _kit.ExecuteAsync($"""
            DELETE FROM zones.complaint_event WHERE complaint_id = ANY('{ids}'::bigint[]);
            DELETE FROM zones.complaint WHERE id = ANY('{ids}'::bigint[]);
            DELETE FROM zones.case_counter WHERE township_code = '{pg.TownshipCode}';
            """);
    }

    /// <summary>(lon, lat, zone id, owner person id, owner unit id) of a zone owned (or not) by itself, owner from <paramref name="ownerOf"/>.</summary>
    async Task<double[]> PlaceAsync(string ownerOf, bool owned) =>
        (await _kit.ScalarAsync<string>(string.Format(OwnPointSql, ownerOf, pg.TownshipCode, owned ? "" : "NOT")))
            .Split(',').Select(double.Parse).ToArray();

    async Task<Complaint> ReportAtAsync(double lon, double lat, string code = "0104", DateTimeOffset? reportedAt = null)
    {
        var c = await _kit.ReportAsync(ComplaintKit.Report(lon, lat, code) with { ReportedAt = reportedAt });
        _made.Add(c.Id);
        return c;
    }

    static (long?, long?) Owner(double[] place) => (place[3] == 0 ? null : (long)place[3], place[4] == 0 ? null : (long)place[4]);

    [Fact]
    public async Task A_point_in_an_owned_zone_of_the_demo_finds_that_zone_and_its_owner()
    {
        var place = await PlaceAsync("z.id", owned: true);
        var c = await ReportAtAsync(place[0], place[1]);
        Assert.Equal(((long)place[2], Owner(place)), (c.ZoneId!.Value, (c.FirstResponsiblePersonId, c.FirstResponsibleUnitId)));
    }

    [Fact]
    public async Task A_point_in_an_unowned_zone_of_the_demo_falls_back_to_its_parents_owner()
    {
        var place = await PlaceAsync("z.parent_id", owned: false);
        var c = await ReportAtAsync(place[0], place[1]);
        Assert.Equal(((long)place[2], Owner(place)), (c.ZoneId!.Value, (c.FirstResponsiblePersonId, c.FirstResponsibleUnitId)));
    }

    [Fact]
    public async Task A_full_bin_reported_ten_metres_from_a_demo_bin_is_linked_to_it()
    {
        var bin = (await _kit.ScalarAsync<string>($"""
            SELECT b.id || ',' || ST_X(b.geom) || ',' || ST_Y(b.geom) FROM zones.asset b
            WHERE b.township_code = '{pg.TownshipCode}' AND b.kind = 'bin' AND b.retired_at IS NULL AND NOT EXISTS (
              SELECT 1 FROM zones.asset o WHERE o.id <> b.id AND o.kind = 'bin' AND ST_DWithin(o.geom::geography, b.geom::geography, 60))
            ORDER BY b.id LIMIT 1
            """)).Split(',').Select(double.Parse).ToArray();
        Assert.Equal((long)bin[0], (await ReportAtAsync(bin[1], bin[2] + 0.00009, "0107")).AssetId);
    }

    [Fact]
    public async Task A_case_on_a_day_the_demo_already_has_cases_continues_that_days_serials()
    {
        var last = await _kit.ScalarAsync<string>($"""
            SELECT case_number FROM zones.complaint WHERE township_code = '{pg.TownshipCode}'
            ORDER BY substr(case_number, 6, 8) DESC, substr(case_number, 14)::integer DESC LIMIT 1
            """);
        var day = DateTimeOffset.ParseExact(last[5..13] + " 00:01 +08:00", "yyyyMMdd HH:mm zzz", null);
        var place = await PlaceAsync("z.id", owned: true);
        var c = await ReportAtAsync(place[0], place[1], reportedAt: day);
        Assert.Equal(int.Parse(last[13..]) + 1, int.Parse(c.CaseNumber[13..]));
    }
}
