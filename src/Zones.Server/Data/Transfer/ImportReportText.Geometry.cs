using System.Globalization;
using System.Text;

namespace Zones.Server.Data.Transfer;

// The geometry part of the text report: lines split at junctions, sibling topology, snapping.
static partial class ImportReportText
{
    static void AppendGeometry(StringBuilder text, ImportReport report)
    {
        var split = report.Segments.Where(s => s.Pieces > 1).ToList();
        if (split.Count > 0)
            text.AppendLine("路段在交叉口拆分 Split at junctions: " +
                            string.Join("；", split.Select(s => $"{s.Code} → {s.Pieces} 段")));
        foreach (var f in report.Topology)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"拓扑 Topology: {KindName(f.Kind)} {f.Kind} {string.Join("+", f.Codes)} {f.AreaM2:0.##} m²{(f.Snapped ? "（已吸附消除 snapped）" : "")}"));
        foreach (var c in report.AreaChanges)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"吸附改变面积 Snapping changed: {c.Code} {c.AreaBeforeM2:0.##} → {c.AreaAfterM2:0.##} m²"));
    }

    static string KindName(string kind) => kind switch
    {
        "sliver" => "细缝重叠",
        "overlap" => "重叠",
        _ => "缝隙",
    };
}
