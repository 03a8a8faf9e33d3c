using Npgsql;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Query;

namespace Zones.Server.Tests.Data.Analysis;

/// <summary>
/// The heat map reads zones.complaint_point (migration 0018), kept by triggers on zones.complaint: its cells must
/// equal a direct count over zones.complaint, done independently here with PostGIS's own grids
/// (ST_SquareGrid / ST_HexagonGrid in the township's metric frame), for random filters and areas.
/// </summary>
[Collection(HeatDatabase.Collection)]
public class HeatmapPointsTests(HeatDatabase db)
{
    static readonly string[] Stages = ["received", "disposing", "verifying", "shelved", "closed", "voided"];
    static readonly string[] Categories = ["0102", "0107", "0118", "0305"];

    HeatmapService Service => new(db.DataSource, new ListQuery(db.DataSource), new AnalysisLane(db.DataSource));

    // Independent of the server's SQL: PostGIS's grid generators over the matching complaints of zones.complaint.
    const string DirectSql = """
        WITH p AS (
          SELECT ST_Transform(t.geom, 920600) AS g FROM zones.complaint t
          WHERE t.township_code = $1 AND t.stage = ANY($2) AND t.category_code = ANY($3) AND t.reported_at >= $4
            AND ST_Intersects(t.geom, ST_MakeEnvelope($5, $6, $7, $8, 4326)))
        SELECT c.i, c.j, count(*)::int FROM p
        JOIN (SELECT * FROM ST_HexagonGrid($9, (SELECT ST_SetSRID(ST_Extent(g), 920600) FROM p)) WHERE $10
              UNION ALL SELECT * FROM ST_SquareGrid($9, (SELECT ST_SetSRID(ST_Extent(g), 920600) FROM p)) WHERE NOT $10) c
          ON ST_Intersects(c.geom, p.g)
        GROUP BY 1, 2 ORDER BY 1, 2
        """;

    [Fact]
    public async Task Cells_equal_a_direct_count_for_random_filters_and_areas()
    {
        var t = await db.TownshipAsync();
        var random = new Random(12);
        for (var n = 0; n < 120; n++)
            await t.ComplaintAsync(499000 + random.NextDouble() * 2000, 3320000 + random.NextDouble() * 2000, category: Categories[random.Next(4)],
                                   stage: Stages[random.Next(Stages.Length)], reportedDaysAgo: random.NextDouble() * 50);
        for (var round = 0; round < 12; round++)
        {
            var request = RandomRequest(t, random);
            var cells = await Service.CellsAsync(request, default);
            var direct = await DirectAsync(t, request);
            Assert.Equal(direct, [.. cells.Cells.Select(c => (c.I, c.J, c.Count))]);
            Assert.Equal(direct.Sum(c => c.Item3), cells.Total);
        }
    }

    [Fact]
    public async Task A_case_that_changes_stage_leaves_the_open_counts_at_once()
    {
        var t = await db.TownshipAsync();
        var id = await t.ComplaintAsync(500050, 3320050);
        await t.ComplaintAsync(500060, 3320060);
        Assert.Equal(2, (await Service.CellsAsync(new HeatmapRequest { TownshipCodes = [t.Code], Now = HeatDatabase.Now }, default)).Total);
        await db.ScalarAsync<int>("UPDATE zones.complaint SET stage = 'closed', closed_at = reported_at + interval '1 hour' WHERE id = $1 RETURNING 1", id);
        Assert.Equal(1, (await Service.CellsAsync(new HeatmapRequest { TownshipCodes = [t.Code], Now = HeatDatabase.Now }, default)).Total);
        await db.ScalarAsync<int>("DELETE FROM zones.complaint WHERE township_code = $1 RETURNING 1", t.Code);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM zones.complaint_point WHERE township_code = $1", t.Code));
    }

    static HeatmapRequest RandomRequest(HeatTownship t, Random random)
    {
        var (x0, y0) = (119.985 + random.NextDouble() * 0.01, 29.99 + random.NextDouble() * 0.01);
        return new HeatmapRequest
        {
            TownshipCodes = [t.Code], Now = HeatDatabase.Now, From = HeatDatabase.Now.AddDays(-random.Next(5, 60)),
            CellSizeM = 20 + random.NextDouble() * 600, Grid = random.Next(2) == 0 ? HeatmapGrid.Hexagon : HeatmapGrid.Square,
            Stages = [.. Stages.Where(_ => random.Next(3) > 0)], CategoryCodes = [.. Categories.Where(_ => random.Next(3) > 0)],
            Box = new NetTopologySuite.Geometries.Envelope(x0, x0 + 0.005 + random.NextDouble() * 0.03, y0, y0 + 0.005 + random.NextDouble() * 0.03),
        };
    }

    async Task<List<(int, int, int)>> DirectAsync(HeatTownship t, HeatmapRequest r)
    {
        await using var cmd = db.DataSource.CreateCommand(DirectSql);
        var stages = r.Stages is { Count: > 0 } s ? s.ToArray() : ["received", "registered", "dispatched", "disposing", "feedback", "verifying", "shelved"];
        var categories = r.CategoryCodes is { Count: > 0 } c ? c.ToArray() : Categories;
        foreach (var value in new object[] { t.Code, stages, categories, r.From!.Value, r.Box!.MinX, r.Box.MinY, r.Box.MaxX, r.Box.MaxY, r.CellSizeM, r.Grid == HeatmapGrid.Hexagon })
            cmd.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await cmd.ExecuteReaderAsync();
        var found = new List<(int, int, int)>();
        while (await reader.ReadAsync())
            found.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)));
        return found;
    }
}
