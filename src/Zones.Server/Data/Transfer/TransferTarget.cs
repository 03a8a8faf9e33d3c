namespace Zones.Server.Data.Transfer;

/// <summary>What an import writes to, or an export reads from.</summary>
public enum TransferTarget
{
    /// <summary>片区: <c>zones.zone</c>, polygons.</summary>
    Zones,
    /// <summary>路段: <c>zones.road</c>, line strings.</summary>
    Roads,
    /// <summary>部件: <c>zones.asset</c>, points.</summary>
    Assets,
    /// <summary>案卷: <c>zones.complaint</c>, points.</summary>
    Complaints,
    /// <summary>建成区: <c>zones.built_up_area</c>, polygons.</summary>
    BuiltUpAreas,
    /// <summary>单位: <c>zones.unit</c>, no geometry.</summary>
    Units,
    /// <summary>人员 (花名册): <c>zones.person</c>, no geometry.</summary>
    People,
    /// <summary>包联: <c>zones.assignment</c>, no geometry.</summary>
    Assignments,
    /// <summary>门店: <c>zones.shop</c>, points (not imported yet).</summary>
    Shops,
    /// <summary>场所: <c>zones.place</c>, points (not imported yet).</summary>
    Places,
}

/// <summary>Names of <see cref="TransferTarget"/> as people type them on a command line.</summary>
public static class TransferTargets
{
    static readonly Dictionary<string, TransferTarget> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zones"] = TransferTarget.Zones, ["zone"] = TransferTarget.Zones, ["片区"] = TransferTarget.Zones,
        ["roads"] = TransferTarget.Roads, ["road"] = TransferTarget.Roads, ["路段"] = TransferTarget.Roads,
        ["道路"] = TransferTarget.Roads,
        ["assets"] = TransferTarget.Assets, ["asset"] = TransferTarget.Assets, ["部件"] = TransferTarget.Assets,
        ["complaints"] = TransferTarget.Complaints, ["complaint"] = TransferTarget.Complaints,
        ["案卷"] = TransferTarget.Complaints, ["投诉"] = TransferTarget.Complaints,
        ["built_up_areas"] = TransferTarget.BuiltUpAreas, ["builtupareas"] = TransferTarget.BuiltUpAreas,
        ["built_up_area"] = TransferTarget.BuiltUpAreas, ["built-up"] = TransferTarget.BuiltUpAreas, ["建成区"] = TransferTarget.BuiltUpAreas,
        ["units"] = TransferTarget.Units, ["unit"] = TransferTarget.Units, ["单位"] = TransferTarget.Units,
        ["people"] = TransferTarget.People, ["person"] = TransferTarget.People, ["人员"] = TransferTarget.People,
        ["花名册"] = TransferTarget.People, ["干部"] = TransferTarget.People,
        ["assignments"] = TransferTarget.Assignments, ["assignment"] = TransferTarget.Assignments,
        ["包联"] = TransferTarget.Assignments, ["包联表"] = TransferTarget.Assignments,
        ["shops"] = TransferTarget.Shops, ["shop"] = TransferTarget.Shops, ["门店"] = TransferTarget.Shops,
        ["places"] = TransferTarget.Places, ["place"] = TransferTarget.Places, ["场所"] = TransferTarget.Places,
    };

    /// <summary>zones / roads / assets / complaints / built_up_areas / units / people / assignments (singular, any case, or 片区 / 路段 / 部件 / 案卷 / 建成区 / 单位 / 人员 / 包联); null when unknown.</summary>
    public static TransferTarget? Parse(string text) =>
        _names.TryGetValue(text.Trim(), out var target) ? target : null;

    /// <summary>The lower-case English name, as in <c>--into assets</c> or <c>built_up_areas</c>.</summary>
    public static string Name(this TransferTarget target) =>
        target == TransferTarget.BuiltUpAreas ? "built_up_areas" : target.ToString().ToLowerInvariant();

    /// <summary>片区 / 路段 / 部件 / 案卷 / 建成区 / 单位 / 人员 / 包联 / 门店 / 场所.</summary>
    public static string Label(this TransferTarget target) => target switch
    {
        TransferTarget.Zones => "片区",
        TransferTarget.Roads => "路段",
        TransferTarget.Assets => "部件",
        TransferTarget.BuiltUpAreas => "建成区",
        TransferTarget.Units => "单位",
        TransferTarget.People => "人员",
        TransferTarget.Assignments => "包联",
        TransferTarget.Shops => "门店",
        TransferTarget.Places => "场所",
        _ => "案卷",
    };
}
