namespace Zones.Server.Data.Analysis;

/// <summary>
/// How far a toilet or collection point reaches (the <c>reachMethod</c> setting; GraphQL enum ReachMethod is the
/// UPPER_SNAKE form of these codes).
/// </summary>
public static class ReachMethods
{
    /// <summary>Walking distance over the road graph (GB 55013-2021 5.0.1: 服务半径 along the way people walk).</summary>
    public const string Network = "network";

    /// <summary>Straight-line distance on the spheroid: a circle round the asset.</summary>
    public const string StraightLine = "straight_line";

    public static readonly IReadOnlyList<string> All = [Network, StraightLine];

    /// <summary>The words a gap's description uses, e.g. "按步行距离".</summary>
    public static string Words(string method) => method == Network ? "按步行距离" : "按直线距离";
}
