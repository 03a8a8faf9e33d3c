using System.Globalization;
using Npgsql;
using Zones.Server.Spatial;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;
using static Zones.Server.Data.Analysis.Checks.RoadStretches;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// Street bins (DOMAIN.md §5.2, <see cref="GapKinds.BinSpacing"/>): stretches of a road segment
/// longer than its class's spacing with no working 果皮箱, in one statement per township.
/// </summary>
/// <remarks>
/// <para>
/// Only classes with a spacing in <see cref="AnalysisSettings.BinSpacingM"/> are checked (null or
/// absent = not checked; 村道 rely on collection points by default). A working bin is kind
/// <c>bin</c>, status good, not retired, within <see cref="AnalysisSettings.BinRoadDistanceM"/>
/// (30 m) of the centreline on either side, projected onto the segment as
/// <see cref="RoadStretches"/> does (fractions in the segment's metric frame × its geodesic length).
/// </para>
/// <para>
/// Limits are the segment's start, every bin position and its end; a stretch longer than the
/// spacing D is a gap, and BinsNeeded = ⌈G / D⌉ − 1 (a 500 m segment with no bin at D = 200:
/// 2 bins, leaving three stretches of 167 m). A segment with no bin at all is one stretch.
/// </para>
/// <para>
/// Ends always follow <see cref="LightGapEnds.ThroughJunction"/>, whatever
/// <see cref="AnalysisSettings.LightGapEnds"/> says: a walker looking for a bin does not stop at a
/// junction, so the stretch from a segment's last bin to its end continues to the nearest bin on another
/// checked segment there (judged once, with the spacing of the segment holding the longer part). A
/// dead end, or a junction where no other checked segment has a bin, ends the stretch.
/// </para>
/// </remarks>
sealed class BinSpacingCheck : ICoverageCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.BinSpacing];

    static readonly string Sql = $"""
        WITH spacing AS (SELECT * FROM unnest(@classes::text[], @spacings::float8[]) AS t(class, m)),
        {Segments("r.class IN (SELECT class FROM spacing)")},
        {Positions("NULL::float8")},
        {Runs}
        SELECT r.id, r.code, r.name, st.g, {ItemsToAdd("st.g", "sp.m")} AS needed,
               st.f0 * st.len AS from_m, st.f1 * st.len AS to_m, {RunGeom} AS geom, st.seg2 IS NOT NULL AS through
        FROM run st JOIN spacing sp ON sp.class = st.class AND st.g > sp.m
        {RoadsOfRun}
        ORDER BY r.code, from_m
        """;

    public async Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
        AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct)
    {
        var checkedClasses = settings.BinSpacingM.Where(c => c.Value is > 0).ToList();
        if (checkedClasses.Count == 0 || !wanted.Contains(GapKinds.BinSpacing))
            return [];
        return await ReadAsync(conn, Sql, townshipCode, zoneId, [
            P("classes", checkedClasses.Select(c => c.Key).ToArray()),
            P("spacings", checkedClasses.Select(c => c.Value!.Value).ToArray()),
            P("kinds", new[] { "bin" }),
            P("reach", settings.BinRoadDistanceM),
            P("through", true),
            P("ends", true)], r => Read(r, townshipCode), ct);
    }

    static CoverageGap Read(NpgsqlDataReader r, string townshipCode)
    {
        var (code, name, length, needed) = (r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetInt32(4));
        return new CoverageGap
        {
            Kind = GapKinds.BinSpacing, TownshipCode = townshipCode, Geometry = r.Geometry(7),
            Description = string.Create(CultureInfo.InvariantCulture,
                $"{name}（{code}）距路段起点 {r.GetDouble(5):0}–{r.GetDouble(6):0} 米处{(r.GetBoolean(8) ? "至路口另一侧共" : "")} {length:0} 米无果皮箱，需增设 {needed} 个"),
            LengthM = length, BinsNeeded = needed, RoadId = r.GetInt64(0),
        };
    }
}
