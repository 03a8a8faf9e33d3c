using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Editing;

/// <summary>The zone overlaps live siblings by more than the noise tolerance; each overlap with its geometry and area.</summary>
public sealed record ZoneOverlapError(string Message, IReadOnlyList<ZoneOverlap> Overlaps, string? Field = null)
    : UserError("ZONE_OVERLAP", Message, Field)
{
    internal static ZoneOverlapError Of(IReadOnlyList<ZoneOverlap> overlaps, string? field)
    {
        var zh = string.Join("，", overlaps.Select(o => $"“{o.ZoneName}”与“{o.OtherName}”重叠 {Say.Area(o.AreaM2)}"));
        var en = string.Join("; ", overlaps.Select(o => $"\"{o.ZoneName}\" overlaps \"{o.OtherName}\" by {Say.Area(o.AreaM2)}"));
        return new($"{zh}。请调整边界消除重叠，或选择允许重叠。{en}: move the boundary off the neighbour " +
                   "or choose to allow the overlap.", overlaps, field);
    }
}

/// <summary>The edit would leave part of the parent covered by no zone (<see cref="Gap"/>, <see cref="AreaM2"/> m²).</summary>
public sealed record ZoneGapError(string Message, double AreaM2, Geometry Gap, string? Field = null)
    : UserError("ZONE_GAP", Message, Field)
{
    internal static ZoneGapError Of(double area, Geometry gap, string? field) =>
        new($"修改会在上级片区内留下 {Say.Area(area)} 不属于任何片区的空隙（见 gap）。请把相邻片区的边界一起移动（共边编辑），或选择允许留空。" +
            $"The edit leaves {Say.Area(area)} of the parent in no zone (see gap): move the neighbour's boundary with it " +
            "(update them together) or choose to allow the gap.", area, gap, field);
}

/// <summary>The zone cannot be retired while live children remain; they are listed.</summary>
public sealed record ZoneHasChildrenError(string Message, IReadOnlyList<ZoneRef> Children, string? Field = null)
    : UserError("ZONE_HAS_CHILDREN", Message, Field)
{
    internal static ZoneHasChildrenError Of(ZoneRecord zone, IReadOnlyList<ZoneRef> children, string? field)
    {
        var (zh, en) = Say.Names(children.Select(c => c.Name));
        return new($"片区“{zone.Name}”下还有 {children.Count} 个在用的下级片区（{zh}），不能撤销。请先撤销、合并或移走它们。" +
                   $"Zone \"{zone.Name}\" still has {children.Count} live child zone(s) ({en}): retire, merge or move them first.",
                   children, field);
    }
}

/// <summary>The blade cuts through children of the zone, which would then belong to two parts.</summary>
public sealed record SplitCutsChildrenError(string Message, IReadOnlyList<ZoneRef> Children, string? Field = null)
    : UserError("SPLIT_CUTS_CHILDREN", Message, Field)
{
    internal static SplitCutsChildrenError Of(IReadOnlyList<ZoneRef> children, string? field)
    {
        var (zh, en) = Say.Names(children.Select(c => c.Name));
        return new($"切割线穿过了下级片区 {zh}，它们会被分到两个新片区。请沿下级片区的边界画切割线，或先调整这些下级片区。" +
                   $"The blade cuts through child zone(s) {en}, which would fall into two parts: draw it along the children's " +
                   "boundaries or edit those children first.", children, field);
    }
}
