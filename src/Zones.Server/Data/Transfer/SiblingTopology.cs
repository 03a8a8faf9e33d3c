using System.Globalization;
using System.Text.Json.Nodes;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Survey boundaries of neighbouring villages rarely tile exactly (issue #11 §2): among siblings —
/// the same parent and level, imported or already in the township — this finds slivers (overlaps
/// thinner than <see cref="SliverWidthM"/>), overlaps and gaps (holes, and channels narrower than
/// <see cref="GapWidthM"/>, between siblings), with their area on the spheroid. With a tolerance it
/// snaps the imported polygons (never the township's own) to their siblings, and reports what vanished
/// and how each polygon's area changed. Findings are reported; they never reject a row.
/// </summary>
/// <remarks>
/// Thickness and snapping are measured in the UTM zone of the geometry, areas on the spheroid
/// (geography). The final topology is made in WGS84 itself: a
/// projected polygon comes back with its shared vertices rounded, so it is snapped (1e-7°, about 1 cm)
/// onto its siblings' very vertices, and what still overlaps an earlier sibling (the township's, or
/// a row before it) is cut from the later one. Results are made valid (ST_MakeValid) and kept only
/// when valid and not empty; otherwise the row keeps its geometry.
/// </remarks>
static partial class SiblingTopology
{
    /// <summary>An overlap this thin everywhere (no part survives a 0.5 m inward buffer) is a sliver.</summary>
    public const double SliverWidthM = 1;

    /// <summary>A channel between siblings narrower than this is a gap (closing by half of it).</summary>
    public const double GapWidthM = 2;

    /// <summary>
    /// The largest snap tolerance taken: survey noise is centimetres to decimetres; snapping by metres
    /// would move real boundaries (a lane, a ditch between two villages).
    /// </summary>
    public const double MaxToleranceM = 5;

    /// <summary>Below this (m²) an overlap or gap is rounding, not a finding.</summary>
    public const double MinAreaM2 = 0.01;

    /// <summary>
    /// Runs on the rows of <paramref name="siblingsSql"/> (see <see cref="ZoneSiblingsSql"/>): reports
    /// the findings and, with <paramref name="toleranceM"/>, snaps, then writes the snapped geometry
    /// back with <paramref name="writeBackSql"/> (<c>sibling_snapped (row, geom)</c> → the staging table).
    /// </summary>
    public static async Task RunAsync(ImportSql sql, string townshipCode, string siblingsSql, string writeBackSql,
                                      double? toleranceM, ImportLog log)
    {
        if (toleranceM is < 0 or > MaxToleranceM)
        {
            log.RejectFile("INVALID_SNAP_TOLERANCE", $"吸附容差应在 0–{MaxToleranceM} 米之间（常用 0.5 米），收到 {toleranceM} 米",
                           $"the snap tolerance must be 0 to {MaxToleranceM} metres (0.5 is usual), got {toleranceM}");
            return;
        }
        await sql.ExecAsync(siblingsSql, townshipCode);
        await sql.ExecAsync(FindSql("topology_before"));
        if (toleranceM is > 0 and var t)
        {
            var tolerance = t.ToString("R", CultureInfo.InvariantCulture);
            await sql.ExecAsync(KeepSql);
            foreach (var row in await sql.ReadAsync(RowsToSnapSql, r => r.GetInt32(0), tolerance))
                await sql.ExecAsync(SnapRowSql, tolerance, row.ToString(CultureInfo.InvariantCulture));
            await sql.ExecAsync(FillGapsSql, tolerance);
            await sql.ExecAsync(FindSql("topology_after"));
            await sql.ExecAsync(SnappedSql);
            await sql.ExecAsync(writeBackSql);
            log.AreaChanges.AddRange(await sql.ReadAsync(AreaChangesSql,
                r => new AreaChange(r.GetInt32(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3))));
        }
        log.Topology.AddRange(await sql.ReadAsync(FindingsSql,
            r => new TopologyFinding(r.GetString(0), r.GetFieldValue<string[]>(1), r.GetDouble(2), r.GetBoolean(3),
                                     JsonNode.Parse(r.GetString(4)))));
    }
}
