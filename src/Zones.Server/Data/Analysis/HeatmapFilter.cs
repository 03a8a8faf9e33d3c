using Zones.Server.Data.Query;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// The WHERE clause every part of a heat map shares (cells, oldest open, overdue, repeat hot spots), over
/// <c>zones.complaint t</c>. Each clause matches an index: township + stage + reported_at
/// (complaint_stage_idx; by default the open stages, as the constant list zones.open_stages()), the bbox on
/// geom (complaint_geom_idx), zone_id (complaint_zone_idx).
/// </summary>
public static class HeatmapFilter
{
    // Current descendants only: a retired child's complaints stay with the zone they were routed to.
    const string InZoneSubtree = """
        t.zone_id IN (WITH RECURSIVE s AS (SELECT id FROM zones.zone WHERE id = {0}
                      UNION ALL SELECT c.id FROM zones.zone c JOIN s ON c.parent_id = s.id WHERE c.valid_to IS NULL)
                      SELECT id FROM s)
        """;

    // Each township's own default period. The plain bound on the earliest start lets the
    // (township_code, stage, reported_at) index range-scan; the lookup then trims per township.
    const string SinceDefault =
        "t.reported_at >= {0} AND t.reported_at >= (SELECT d.since FROM unnest({1}::text[], {2}::timestamptz[]) d(code, since) WHERE d.code = t.township_code)";

    /// <summary>The filter of <paramref name="request"/>, with each township's default period from <paramref name="settings"/>.</summary>
    /// <param name="points">Over <c>zones.complaint_point t</c> (the cells): the box on its lon/lat columns, which for a
    /// point is exactly what ST_Intersects with the envelope says (edges included).</param>
    public static SqlWhere Where(HeatmapRequest request, IReadOnlyDictionary<string, AnalysisSettings> settings, bool points = false)
    {
        var where = new SqlWhere()
            .Add("t.township_code = ANY({0})", Sql.P(request.TownshipCodes.ToArray()))
            .AddIfAny(request.Stages, "t.stage = ANY({0})")
            .AddIfAny(request.CategoryCodes, "t.category_code = ANY({0})")
            .AddIfAny(request.Sources, "t.source = ANY({0})")
            .AddIf(request.ZoneId, InZoneSubtree)
            .AddIf(request.From?.ToUniversalTime(), "t.reported_at >= {0}")
            .AddIf(request.To?.ToUniversalTime(), "t.reported_at < {0}");
        if (request.Stages is not { Count: > 0 })
            where.Add("t.stage = ANY(zones.open_stages())");
        if (request.Box is { } b)
            where.Add(points ? "t.lon BETWEEN {0} AND {2} AND t.lat BETWEEN {1} AND {3}" : "ST_Intersects(t.geom, ST_MakeEnvelope({0}, {1}, {2}, {3}, 4326))",
                      Sql.P(b.MinX), Sql.P(b.MinY), Sql.P(b.MaxX), Sql.P(b.MaxY));
        // 所有未办结案卷: no period at all; the default stages above are zones.open_stages(), the list
        // zones.complaint_is_open itself derives (0010), so the total is complaints(open: true)'s count.
        if (request.From is null && request.To is null && !request.AllOpen)
        {
            var codes = request.TownshipCodes.ToArray();
            var since = codes.Select(c => request.Now.ToUniversalTime().AddDays(-Days(settings, c))).ToArray();
            where.Add(SinceDefault, Sql.P(since.Length == 0 ? request.Now.ToUniversalTime() : since.Min()),
                      Sql.P(codes), Sql.P(since));
        }
        return where;
    }

    static int Days(IReadOnlyDictionary<string, AnalysisSettings> settings, string township) =>
        (settings.GetValueOrDefault(township) ?? AnalysisSettings.Default).HeatmapDefaultDays;
}
