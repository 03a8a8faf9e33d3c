using System.Globalization;
using Npgsql;
using Zones.Server.Spatial;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;
using static Zones.Server.Data.Analysis.Checks.RoadStretches;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// Street lighting (DOMAIN.md §5.2): 无路灯道路 (<see cref="GapKinds.UnlitRoad"/>) and 缺灯段
/// (<see cref="GapKinds.LightGap"/>), per road segment, in one statement per township.
/// </summary>
/// <remarks>
/// <para>
/// A <b>working light</b> is a <c>streetlight</c> or <c>landscape_light</c> with status good and not
/// retired, within <see cref="AnalysisSettings.LightRoadDistanceM"/> (25 m) of the centreline on
/// either side. Positions along the segment and lengths are metres as <see cref="RoadStretches"/>
/// measures them; a light near two segments (at a junction) counts for both.
/// </para>
/// <para>
/// The <b>nominal spacing</b> is S = f × H, f = <see cref="AnalysisSettings.DenseLightSpacingFactor"/>
/// (3) for <see cref="AnalysisSettings.DenseLightClasses"/> (arterial), else
/// <see cref="AnalysisSettings.LightSpacingFactor"/> (3.5).
/// </para>
/// <para>
/// <b>UnlitRoad:</b> a segment longer than <see cref="AnalysisSettings.UnlitMinLengthM"/> (50 m) with
/// no working light. H = <see cref="AnalysisSettings.DefaultPoleHeightM"/> (8 m); LightsNeeded =
/// ⌊L / S⌋ + 1, a pole at both ends and every S between (739 m 支路: S = 28, 26 + 1 = 27).
/// </para>
/// <para>
/// <b>LightGap:</b> on a segment with at least one working light, each dark run longer than
/// <see cref="AnalysisSettings.LightGapFactor"/> × S, where H is the mean pole height of the lights
/// bounding the run (the one light's own height for a run to a segment end; <c>pole_height_m</c>
/// missing = the default height). LightsNeeded = ⌈G / S⌉ − 1: the bounding lights stay, the new
/// ones split G into steps of at most S (200 m at H = 8: ⌈200 / 28⌉ − 1 = 7).
/// </para>
/// <para>
/// <b>Runs at a segment's ends</b> follow <see cref="AnalysisSettings.LightGapEnds"/>
/// (<see cref="LightGapEnds"/>): by default the stretch from a segment's last light to its end
/// continues through the junction to the nearest light on another segment there and is judged on the
/// combined length, reported once on the segment holding the longer part (class and S of that
/// segment), so the answer does not depend on where a file splits a road.
/// </para>
/// </remarks>
sealed class LightingCheck : ICoverageCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.UnlitRoad, GapKinds.LightGap];

    // f for the class of the stretch's segment; H is multiplied in where it is known.
    const string Factor = "(CASE WHEN st.class = ANY(@dense_classes) THEN @dense_factor ELSE @factor END)";

    // A stretch's H: the mean of its two bounding lights, or the one light where the other limit is a segment end.
    const string MeanHeight = "((coalesce(st.h0, st.h1) + coalesce(st.h1, st.h0)) / 2)";

    // A segment without positions (n = 0) is one run 0 → 1: unlit when long enough; every other run is judged as a gap.
    static readonly string Sql = $"""
        WITH {Segments("true")},
        {Positions("coalesce((a.attributes ->> 'pole_height_m')::float8, @default_h)")},
        {Runs}
        SELECT CASE WHEN st.n = 0 THEN 'unlit_road' ELSE 'light_gap' END AS kind, r.id, r.code, r.name, st.g,
               CASE WHEN st.n = 0 THEN (floor(round((st.len / ({Factor} * @default_h))::numeric, 6)) + 1)::int
                    ELSE {ItemsToAdd("st.g", $"{Factor} * {MeanHeight}")} END AS needed,
               st.f0 * st.len AS from_m, st.f1 * st.len AS to_m,
               CASE WHEN st.n = 0 THEN r.geom ELSE {RunGeom} END AS geom, st.seg2 IS NOT NULL AS through
        FROM run st {RoadsOfRun}
        WHERE CASE WHEN st.n = 0 THEN @want_unlit AND st.len > @min_len
                   ELSE @want_gap AND st.g > @gap_factor * {Factor} * {MeanHeight} END
        ORDER BY r.code, from_m
        """;

    public async Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
        AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct) =>
        await ReadAsync(conn, Sql, townshipCode, zoneId, [
            P("kinds", new[] { "streetlight", "landscape_light" }),
            P("reach", settings.LightRoadDistanceM),
            P("default_h", settings.DefaultPoleHeightM),
            P("factor", settings.LightSpacingFactor),
            P("dense_factor", settings.DenseLightSpacingFactor),
            P("dense_classes", settings.DenseLightClasses.ToArray()),
            P("gap_factor", settings.LightGapFactor),
            P("min_len", settings.UnlitMinLengthM),
            P("want_gap", wanted.Contains(GapKinds.LightGap)),
            P("want_unlit", wanted.Contains(GapKinds.UnlitRoad)),
            P("through", settings.LightGapEnds == LightGapEnds.ThroughJunction),
            P("ends", settings.LightGapEnds != LightGapEnds.BetweenLights)], r => Read(r, townshipCode), ct);

    static CoverageGap Read(NpgsqlDataReader r, string townshipCode)
    {
        var (kind, name, code, length, needed) = (r.GetString(0), r.GetString(3), r.GetString(2), r.GetDouble(4), r.GetInt32(5));
        var description = kind == GapKinds.UnlitRoad
            ? string.Create(CultureInfo.InvariantCulture, $"{name}（{code}）{length:0} 米无路灯，需增设 {needed} 盏")
            : string.Create(CultureInfo.InvariantCulture,
                $"{name}（{code}）距路段起点 {r.GetDouble(6):0}–{r.GetDouble(7):0} 米处{(r.GetBoolean(9) ? "至路口另一侧共" : "")} {length:0} 米缺灯，需增设 {needed} 盏");
        return new CoverageGap
        {
            Kind = kind, TownshipCode = townshipCode, Geometry = r.Geometry(8),
            Description = description, LengthM = length, LightsNeeded = needed, RoadId = r.GetInt64(1),
        };
    }
}
