using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Editing;

/// <summary>The zone overlaps live siblings by more than the noise tolerance; each overlap with its geometry and area.</summary>
public sealed record ZoneOverlapError(string Message, IReadOnlyList<ZoneOverlap> Overlaps, IReadOnlyList<string>? Path = null)
    : UserError("ZONE_OVERLAP", Message, Path)
{
    internal static ZoneOverlapError Of(IReadOnlyList<ZoneOverlap> overlaps, IReadOnlyList<string> path)
    {
        var zh = string.Join("，", overlaps.Select(o => $"“{o.ZoneName}”与“{o.OtherName}”重叠 {Say.Area(o.AreaM2)}"));
        var en = string.Join("; ", overlaps.Select(o => $"\"{o.ZoneName}\" overlaps \"{o.OtherName}\" by {Say.Area(o.AreaM2)}"));
        return new($"{zh}。请调整边界消除重叠，或使用 allowOverlap 允许重叠。{en}: move the boundary off the neighbour " +
                   "or pass allowOverlap: true.", overlaps, path);
    }
}

/// <summary>The edit would leave part of the parent covered by no zone (<see cref="Gap"/>, <see cref="AreaM2"/> m²).</summary>
public sealed record ZoneGapError(string Message, double AreaM2, Geometry Gap, IReadOnlyList<string>? Path = null)
    : UserError("ZONE_GAP", Message, Path)
{
    internal static ZoneGapError Of(double area, Geometry gap, IReadOnlyList<string> path) =>
        new($"修改会在上级片区内留下 {Say.Area(area)} 不属于任何片区的空隙（见 gap）。请把相邻片区的边界一起移动（共边编辑），或使用 allowGap 允许留空。" +
            $"The edit leaves {Say.Area(area)} of the parent in no zone (see gap): move the neighbour's boundary with it " +
            "(update them together) or pass allowGap: true.", area, gap, path);
}

/// <summary>The zone cannot be retired while live children remain; they are listed.</summary>
public sealed record ZoneHasChildrenError(string Message, IReadOnlyList<ZoneRef> Children, IReadOnlyList<string>? Path = null)
    : UserError("ZONE_HAS_CHILDREN", Message, Path)
{
    internal static ZoneHasChildrenError Of(ZoneRecord zone, IReadOnlyList<ZoneRef> children, IReadOnlyList<string> path)
    {
        var (zh, en) = Say.Names(children.Select(c => c.Name));
        return new($"片区“{zone.Name}”下还有 {children.Count} 个在用的下级片区（{zh}），不能撤销。请先撤销、合并或移走它们。" +
                   $"Zone \"{zone.Name}\" still has {children.Count} live child zone(s) ({en}): retire, merge or move them first.",
                   children, path);
    }
}

/// <summary>The blade cuts through children of the zone, which would then belong to two parts.</summary>
public sealed record SplitCutsChildrenError(string Message, IReadOnlyList<ZoneRef> Children, IReadOnlyList<string>? Path = null)
    : UserError("SPLIT_CUTS_CHILDREN", Message, Path)
{
    internal static SplitCutsChildrenError Of(IReadOnlyList<ZoneRef> children, IReadOnlyList<string> path)
    {
        var (zh, en) = Say.Names(children.Select(c => c.Name));
        return new($"切割线穿过了下级片区 {zh}，它们会被分到两个新片区。请沿下级片区的边界画切割线，或先调整这些下级片区。" +
                   $"The blade cuts through child zone(s) {en}, which would fall into two parts: draw it along the children's " +
                   "boundaries or edit those children first.", children, path);
    }
}
