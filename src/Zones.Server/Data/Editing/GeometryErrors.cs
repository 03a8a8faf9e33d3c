using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Editing;

/// <summary>The geometry is of the wrong type, e.g. a LineString sent as a zone boundary.</summary>
/// <param name="Expected">OGC type names accepted here, e.g. <c>["Polygon", "MultiPolygon"]</c>.</param>
/// <param name="Actual">The OGC type name received.</param>
public sealed record GeometryTypeError(string Message, IReadOnlyList<string> Expected, string Actual, string? Field = null)
    : UserError("GEOMETRY_TYPE", Message, Field)
{
    internal static GeometryTypeError Of(Geometry g, IReadOnlyList<string> expected, string? field)
    {
        var (zh, en) = (string.Join(" 或 ", expected), string.Join(" or ", expected));
        return new($"几何类型应为 {zh}，收到的是 {g.GeometryType}。请提交 {zh} 类型的几何。" +
                   $"Expected {en}, got {g.GeometryType}: send a {en}.", expected, g.GeometryType, field);
    }
}

/// <summary>
/// The geometry is not OGC-valid (<c>ST_IsValidDetail</c>): why, where, and the repair
/// <c>ST_MakeValid(g, 'method=structure')</c> would make, which the client may offer to accept.
/// </summary>
/// <param name="Reason">PostGIS's reason, e.g. <c>Self-intersection</c>.</param>
/// <param name="Location">Where the problem is, when PostGIS names a place.</param>
/// <param name="SuggestedFix">The repaired geometry (what automatic repair would store), when the repair leaves an area.</param>
public sealed record InvalidGeometryError(string Message, string Reason, Point? Location, Geometry? SuggestedFix,
                                          string? Field = null)
    : UserError("INVALID_GEOMETRY", Message, Field)
{
    static readonly Dictionary<string, string> Chinese = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Self-intersection"] = "边界自相交",
        ["Ring Self-intersection"] = "边界环自相交",
        ["Hole lies outside shell"] = "内洞在外边界之外",
        ["Nested holes"] = "内洞相互嵌套",
        ["Nested shells"] = "外边界相互嵌套",
        ["Interior is disconnected"] = "内部被分割为不连通的部分",
        ["Duplicate Rings"] = "存在重复的环",
        ["Too few points"] = "点数太少",
        ["Invalid Coordinate"] = "坐标无效",
        ["Ring is not closed"] = "环未闭合",
        ["Empty"] = "几何为空",
    };

    internal static InvalidGeometryError Of(string reason, Point? location, Geometry? fix, string? field)
    {
        var zh = Chinese.GetValueOrDefault(reason, $"几何无效（{reason}）");
        var (atZh, atEn) = location is null ? ("", "") : ($"，位置 {Say.At(location.Coordinate)}", $" at {Say.At(location.Coordinate)}");
        var (howZh, howEn) = fix is null
            ? ("请重新绘制该几何。", "redraw it.")
            : ("请修改该处的顶点，或选择自动修复。", "move that vertex or choose automatic repair.");
        return new($"{zh}{atZh}。{howZh}{reason}{atEn}: {howEn}", reason, location, fix, field);
    }

    /// <summary>The repair left nothing of the area (e.g. a polygon folded onto a line).</summary>
    internal static InvalidGeometryError EmptyAfterRepair(string reason, Point? location, string? field) =>
        new($"几何无效（{reason}），自动修复后不剩任何面积。请重新绘制边界。" +
            $"Invalid geometry ({reason}) and repairing it leaves no area: redraw the boundary.", reason, location, null, field);
}

/// <summary>
/// A zone (the one being saved when <see cref="ZoneId"/> is null, else one of its children) does not
/// lie inside its parent; <see cref="Outside"/> is the part beyond the parent, <see cref="OutsideAreaM2"/> its area.
/// </summary>
public sealed record OutOfParentBoundsError(string Message, long? ZoneId, long ParentId, double OutsideAreaM2, Geometry Outside,
                                            string? Field = null)
    : UserError("OUT_OF_PARENT_BOUNDS", Message, Field)
{
    internal static OutOfParentBoundsError Zone(ZoneRecord parent, double area, Geometry outside, string? field) =>
        new($"片区超出上级片区“{parent.Name}”的边界 {Say.Area(area)}（超出部分见 outside）。请把边界收回到上级范围内，或选择按上级边界裁剪。" +
            $"The zone extends {Say.Area(area)} beyond its parent \"{parent.Name}\" (see outside): pull the boundary back inside " +
            "or choose to clip it to the parent.", null, parent.Id, area, outside, field);

    internal static OutOfParentBoundsError Child(ZoneRef child, ZoneRecord parent, double area, Geometry outside, string? field) =>
        new($"下级片区“{child.Name}”将有 {Say.Area(area)} 落在“{parent.Name}”的新边界之外。请先调整该下级片区，或不要收缩这一侧。" +
            $"Child zone \"{child.Name}\" would lie {Say.Area(area)} outside the new boundary of \"{parent.Name}\": edit the child first " +
            "or keep that side.", child.Id, parent.Id, area, outside, field);
}
