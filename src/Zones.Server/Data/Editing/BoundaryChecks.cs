using NetTopologySuite.Geometries;
using Npgsql;
using static Zones.Server.Data.Editing.EditDb;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Editing;

/// <summary>A boundary about to be stored: the zone's id (0 for a new zone), parent and name.</summary>
sealed record EditedBoundary(long Id, long? ParentId, string Name, Geometry Boundary);

/// <summary>
/// The save pipeline of MAP-NOTES §4, run by PostGIS inside the write transaction: type →
/// validity (<c>ST_IsValidDetail</c>, repair with <c>ST_MakeValid</c>) → inside the parent (or
/// clipped to it) → no overlap with live siblings → no new gap in the parent → children still
/// inside. Areas are measured on the ellipsoid (<c>geography</c>) in m².
/// </summary>
static partial class BoundaryChecks
{
    /// <summary>Overlaps, gaps and overhangs up to this area (m²) are floating-point noise along shared edges, not errors.</summary>
    public const double NoiseAreaM2 = 0.5;

    static readonly string[] AreaTypes = ["Polygon", "MultiPolygon"];

    /// <summary>The boundary must be a (Multi)Polygon.</summary>
    public static UserError? CheckType(Geometry g, string? field) =>
        g is Polygon or MultiPolygon ? null : GeometryTypeError.Of(g, AreaTypes, field);

    /// <summary>The boundary as a MultiPolygon to store: as sent when valid, repaired when asked to, else the error with the suggested repair.</summary>
    public static async Task<Step<Geometry>> ValidateAsync(NpgsqlTransaction tx, Geometry g, bool autoRepair,
                                                          string? field, CancellationToken ct)
    {
        if (g.IsEmpty)
            return Step<Geometry>.Fail(InvalidGeometryError.Of("Empty", null, null, field));
        var (valid, reason, location, repaired) = (await tx.FirstAsync(ValidateSql, [Geom(g)],
            r => (r.GetBoolean(0), r.Text(1) ?? "", r.GeometryOrNull(2) as Point, r.GeometryOrNull(3)), ct))!;
        if (valid)
            return Step<Geometry>.Ok(repaired!);
        if (repaired is null || repaired.IsEmpty)
            return Step<Geometry>.Fail(InvalidGeometryError.EmptyAfterRepair(reason, location, field));
        return autoRepair ? Step<Geometry>.Ok(repaired) : Step<Geometry>.Fail(InvalidGeometryError.Of(reason, location, repaired, field));
    }

    /// <summary>The boundary if it lies inside the parent (up to noise), the part inside when clipping, else the error with the part outside.</summary>
    public static async Task<Step<Geometry>> FitParentAsync(NpgsqlTransaction tx, Geometry g, ZoneRecord parent, Geometry parentBoundary,
                                                           bool clip, string? field, CancellationToken ct)
    {
        var (area, outside, inside) = (await tx.FirstAsync(FitParentSql, [Geom(g), Geom(parentBoundary)],
            r => (r.GetDouble(0), r.GeometryOrNull(1)!, r.GeometryOrNull(2)!), ct))!;
        if (area <= NoiseAreaM2)
            return Step<Geometry>.Ok(g);
        return clip && !inside.IsEmpty
            ? Step<Geometry>.Ok(inside)
            : Step<Geometry>.Fail(OutOfParentBoundsError.Zone(parent, area, outside, field));
    }

    /// <summary>
    /// Overlap (unless allowed), then — for existing zones — new gaps (unless allowed) and children
    /// left outside; the first check that finds something stops the save.
    /// </summary>
    public static async Task<IReadOnlyList<UserError>> SiblingsAsync(NpgsqlTransaction tx, string townshipCode,
        IReadOnlyList<EditedBoundary> edited, IReadOnlyList<ZoneRecord> existing, ZoneEditOptions options,
        string? field, CancellationToken ct)
    {
        if (!options.AllowOverlap && await OverlapsAsync(tx, townshipCode, edited, ct) is { Count: > 0 } overlaps)
            return [ZoneOverlapError.Of(overlaps, field)];
        if (existing.Count == 0)
            return [];
        if (!options.AllowGap && await GapAsync(tx, edited, ct) is { } gap)
            return [ZoneGapError.Of(gap.AreaM2, gap.Gap, field)];
        return await ChildrenOutsideAsync(tx, edited, existing, field, ct);
    }

    static Task<List<ZoneOverlap>> OverlapsAsync(NpgsqlTransaction tx, string townshipCode,
                                                 IReadOnlyList<EditedBoundary> edited, CancellationToken ct) =>
        tx.QueryAsync(OverlapsSql,
            [P(edited.Select(e => e.Id).ToArray()), P(edited.Select(e => e.ParentId).ToArray()),
             Geoms(edited.Select(e => e.Boundary)), P(edited.Select(e => e.Name).ToArray()), P(townshipCode), P(NoiseAreaM2)],
            r => new ZoneOverlap(r.GetInt64(0) is var id and not 0 ? id : null, r.GetString(1), r.GetInt64(2), r.GetString(3),
                                 r.GeometryOrNull(4)!, r.GetDouble(5)), ct);

    static async Task<ZoneGap?> GapAsync(NpgsqlTransaction tx, IReadOnlyList<EditedBoundary> edited, CancellationToken ct)
    {
        var (gap, area) = (await tx.FirstAsync(GapSql,
            [P(edited.Select(e => e.Id).ToArray()), Geoms(edited.Select(e => e.Boundary)), P(NoiseAreaM2)],
            r => (r.GeometryOrNull(0), r.GetDouble(1)), ct))!;
        return gap is null ? null : new ZoneGap(gap, area);
    }

    static async Task<IReadOnlyList<UserError>> ChildrenOutsideAsync(NpgsqlTransaction tx, IReadOnlyList<EditedBoundary> edited,
        IReadOnlyList<ZoneRecord> existing, string? field, CancellationToken ct)
    {
        var parents = existing.ToDictionary(z => z.Id);
        return await tx.QueryAsync(ChildrenOutsideSql,
            [P(edited.Select(e => e.Id).ToArray()), Geoms(edited.Select(e => e.Boundary)), P(NoiseAreaM2)],
            r => OutOfParentBoundsError.Child(new ZoneRef(r.GetInt64(1), r.GetString(2), r.GetString(3)), parents[r.GetInt64(0)],
                                              r.GetDouble(5), r.GeometryOrNull(4)!, field), ct);
    }
}
