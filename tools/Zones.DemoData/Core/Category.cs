namespace Zones.DemoData.Core;

/// <summary>A complaint category exactly as 0002_seed_categories.sql ships it.</summary>
public sealed record Category(string Kind, string Code, string Name, string? AssetKind, double Limit, string Unit)
{
    public string CasePrefix => (Kind == "component" ? "C" : "E") + Code;

    /// <summary>The shipped defaults (data/migrations/0002_seed_categories.sql); a test compares them.</summary>
    public static readonly IReadOnlyList<Category> All =
    [
        new("component", "0301", "公共厕所设施损坏", "toilet", 5, "work_days"),
        new("component", "0302", "公厕化粪池溢流", "toilet", 24, "hours"),
        new("component", "0303", "公厕指示牌损坏", null, 5, "work_days"),
        new("component", "0304", "垃圾间(楼)损坏", "garbage_room", 5, "work_days"),
        new("component", "0305", "垃圾箱破损/缺失", "bin", 5, "work_days"),
        new("component", "0118", "路灯不亮/损坏", "streetlight", 24, "hours"),
        new("component", "0120", "景观灯不亮/损坏", "landscape_light", 24, "hours"),
        new("event", "0101", "私搭乱建", null, 7, "work_days"),
        new("event", "0102", "暴露垃圾", "bin", 4, "work_hours"),
        new("event", "0103", "积存垃圾渣土", null, 4, "work_hours"),
        new("event", "0104", "道路不洁", null, 2, "work_hours"),
        new("event", "0105", "水域不洁", null, 15, "work_days"),
        new("event", "0106", "绿地脏乱", null, 4, "work_hours"),
        new("event", "0107", "垃圾箱满溢", "bin", 4, "work_hours"),
        new("event", "0501", "占道经营", null, 1, "work_days"),
        new("event", "9901", "12345一般诉求", null, 7, "days"),
    ];

    public static Category Get(string kind, string code) => All.First(c => c.Kind == kind && c.Code == code);
}
