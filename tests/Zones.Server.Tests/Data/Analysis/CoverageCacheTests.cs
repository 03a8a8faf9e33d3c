using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zones.Server.Data.Analysis;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// The coverage cache (CONTRACT12 §5): an edit of any table a check reads makes the next answer fresh at once
/// (migration 0018 bumps the township's analysis revision in the editing transaction), and an edit in a township
/// that cannot change this one's gaps leaves its cached results alone. Demo township + 西苑镇, 1.5 km apart.
/// </summary>
public class CoverageCacheTests(CoverageCacheDatabase db) : IClassFixture<CoverageCacheDatabase>
{
    const string Demo = "330522125000";

    static CoverageGapService Service(CoverageCacheDatabase db) =>
        new(new AnalysisLane(db.DataSource), new ServiceCollection().AddZonesAnalysis().BuildServiceProvider().GetServices<ICoverageCheck>());

    Task<long> Revision(string township) => db.ScalarAsync<long>($"SELECT revision FROM zones.analysis_revision WHERE township_code = '{township}'");

    [Theory]
    [InlineData("UPDATE zones.zone SET name = name WHERE id = (SELECT min(id) FROM zones.zone WHERE township_code = '330522125000')")]
    [InlineData("UPDATE zones.road SET name = name WHERE id = (SELECT min(id) FROM zones.road WHERE township_code = '330522125000')")]
    [InlineData("UPDATE zones.asset SET name = name WHERE id = (SELECT min(id) FROM zones.asset WHERE township_code = '330522125000')")]
    [InlineData("UPDATE zones.unit SET name = name WHERE id = (SELECT min(id) FROM zones.unit WHERE township_code = '330522125000')")]
    [InlineData("UPDATE zones.person SET name = name WHERE id = (SELECT min(id) FROM zones.person WHERE township_code = '330522125000')")]
    [InlineData("UPDATE zones.assignment SET role = role WHERE id = (SELECT min(id) FROM zones.assignment WHERE township_code = '330522125000')")]
    [InlineData("UPDATE zones.place SET name = name WHERE id = (SELECT min(id) FROM zones.place WHERE township_code = '330522125000')")]
    [InlineData("UPDATE zones.built_up_area SET name = name WHERE id = (SELECT min(id) FROM zones.built_up_area WHERE township_code = '330522125000')")]
    [InlineData("UPDATE zones.township SET settings = jsonb_set(settings, '{analysis}', coalesce(settings -> 'analysis', '{}')) || '{\"x\": 1}' WHERE division_code = '330522125000'")]
    public async Task An_edit_of_any_table_a_check_reads_makes_the_next_answer_fresh(string edit)
    {
        var service = Service(db);
        var before = await service.ResultsAsync([Demo], null, null, default);
        await db.ExecuteAsync(edit);
        var after = await service.ResultsAsync([Demo], null, null, default);
        Assert.Equal(await Revision(Demo), service.Cache.CachedRevision(Demo));
        Assert.All(before.Zip(after), p => Assert.NotSame(p.First, p.Second));
    }

    [Fact]
    public async Task Retiring_a_unit_shows_the_assets_it_kept_without_a_maintainer_at_once()
    {
        var service = Service(db);
        var unit = await db.ScalarAsync<long>($"SELECT maintainer_unit_id FROM zones.asset WHERE township_code = '{Demo}' AND maintainer_unit_id IS NOT NULL ORDER BY id LIMIT 1");
        var kept = await db.ScalarAsync<long>($"SELECT count(*) FROM zones.asset WHERE maintainer_unit_id = {unit} AND retired_at IS NULL AND status <> 'abandoned'");
        var before = (await service.FindAsync([Demo], null, [GapKinds.AssetWithoutMaintainer], default)).Count;
        await db.ExecuteAsync($"UPDATE zones.unit SET retired_at = now() WHERE id = {unit}");
        try
        {
            Assert.Equal(before + kept, (await service.FindAsync([Demo], null, [GapKinds.AssetWithoutMaintainer], default)).Count);
        }
        finally
        {
            await db.ExecuteAsync($"UPDATE zones.unit SET retired_at = NULL WHERE id = {unit}");
        }
    }

    [Fact]
    public async Task An_edit_in_a_township_out_of_reach_leaves_this_ones_results_alone()
    {
        var service = Service(db);
        var before = await service.ResultsAsync([Demo], null, null, default);
        var neighbour = await Revision(SecondTownship.Code);
        await db.ExecuteAsync($"UPDATE zones.asset SET status = 'damaged', status_since = now() WHERE id = {db.Second.AssetId}");
        var after = await service.ResultsAsync([Demo], null, null, default);
        Assert.NotEqual(neighbour, await Revision(SecondTownship.Code));
        Assert.All(before.Zip(after), p => Assert.Same(p.First, p.Second));
    }

    [Fact]
    public async Task The_warmer_computes_every_townships_results_before_anyone_asks_and_again_after_an_edit()
    {
        var service = Service(db);
        var warmer = new CoverageWarmer(service, db.DataSource, Options.Create(AnalysisLaneOptions.Default), NullLogger<CoverageWarmer>.Instance);
        Assert.True(await warmer.WarmAsync(default) >= 2);
        Assert.Equal((await Revision(Demo), await Revision(SecondTownship.Code)), (service.Cache.CachedRevision(Demo), service.Cache.CachedRevision(SecondTownship.Code)));
        await db.ExecuteAsync("UPDATE zones.zone SET name = name WHERE id = (SELECT min(id) FROM zones.zone WHERE township_code = '330522125000')");
        await warmer.WarmAsync(default);
        Assert.Equal(await Revision(Demo), service.Cache.CachedRevision(Demo));
    }

    [Fact]
    public async Task Days_out_of_service_are_counted_when_served_without_recomputing_the_check()
    {
        var service = Service(db);
        await db.ExecuteAsync($"UPDATE zones.asset SET status = 'damaged', status_since = now() - interval '36 hours' WHERE id = {db.Second.AssetId}");
        var result = Assert.Single(await service.ResultsAsync([SecondTownship.Code], null, new HashSet<string> { GapKinds.AssetOutOfService }, default));
        var gap = Assert.Single(result.Gaps, g => g.AssetId == db.Second.AssetId);
        var dayLater = Assert.Single(result.GapsAt(DateTimeOffset.UtcNow.AddDays(1)), g => g.AssetId == db.Second.AssetId);
        Assert.Equal((1, 2), (gap.Count, dayLater.Count));
        Assert.Contains("已 2 天", dayLater.Description);
        Assert.Null(result.ValidUntil);
    }
}

/// <summary>The demo and 西苑镇 in a database of these tests' own (<c>…_cache</c>): they edit it.</summary>
public sealed class CoverageCacheDatabase() : TwoTownshipsDatabase("_cache")
{
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return await cmd.ExecuteNonQueryAsync();
    }
}
