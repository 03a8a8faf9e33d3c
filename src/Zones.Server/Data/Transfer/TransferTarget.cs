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
    };

    /// <summary>zones / roads / assets / complaints (singular, any case, or 片区 / 路段 / 部件 / 案卷); null when unknown.</summary>
    public static TransferTarget? Parse(string text) =>
        _names.TryGetValue(text.Trim(), out var target) ? target : null;

    /// <summary>The lower-case English name, as in <c>--into assets</c>.</summary>
    public static string Name(this TransferTarget target) => target.ToString().ToLowerInvariant();

    /// <summary>片区 / 路段 / 部件 / 案卷.</summary>
    public static string Label(this TransferTarget target) => target switch
    {
        TransferTarget.Zones => "片区",
        TransferTarget.Roads => "路段",
        TransferTarget.Assets => "部件",
        _ => "案卷",
    };
}
