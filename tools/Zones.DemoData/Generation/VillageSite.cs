using NetTopologySuite.Geometries;

namespace Zones.DemoData.Generation;

/// <summary>A village (村) or community (社区) while the township is being laid out, in metres.</summary>
internal sealed class VillageSite
{
    public required int Index { get; init; }
    public required string Name { get; init; }
    public required bool IsCommunity { get; init; }
    public required Coordinate Seed { get; init; }
    public int Area { get; set; }
    /// <summary>The Voronoi cell clipped to the outline (floating, for placing things; the zone is the snapped one).</summary>
    public Polygon Cell { get; set; } = Polygon.Empty;
    /// <summary>The Voronoi cell before clipping to the outline (the partition bends and nodes these).</summary>
    public Polygon RawCell { get; set; } = Polygon.Empty;
    public Coordinate Committee { get; set; } = new();
    public List<Hamlet> Hamlets { get; } = [];
    public string Code { get; set; } = "";
    public string UnitCode { get; set; } = "";
    /// <summary>The name without 村/社区, used for 村道 names: 前塘村 → 前塘.</summary>
    public string Stem => IsCommunity ? Name[..^2] : Name[..^1];
}

/// <summary>A 自然村 or residential compound (小区): a dwelling cluster with households.</summary>
internal sealed record Hamlet(string Name, Coordinate Position, int Households);

/// <summary>A 片区 while being laid out.</summary>
internal sealed class AreaSite
{
    public required int Index { get; init; }
    public required string Name { get; init; }
    public List<VillageSite> Villages { get; } = [];
    public string Code { get; set; } = "";
}
