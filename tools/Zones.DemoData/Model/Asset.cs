using NetTopologySuite.Geometries;

namespace Zones.DemoData.Model;

/// <summary>A 部件 (component) point with its GB/T 30428 class code and kind-specific attributes.</summary>
public sealed class Asset
{
    public required string Kind { get; init; }
    public string? Subtype { get; init; }
    public required string ClassCode { get; init; }
    public string? Name { get; init; }
    public required Coordinate Metres { get; init; }
    public string Identifier { get; set; } = "";
    public string Status { get; set; } = "good";
    public DateTime? StatusSince { get; set; }
    public string? MaintainerUnitCode { get; set; }
    public string? OwnerUnitCode { get; set; }
    public string? RoadCode { get; set; }
    /// <summary>Whether the asset stands on a road (then <see cref="RoadCode"/> is the nearest segment).</summary>
    public bool OnRoad { get; init; }
    public DateOnly InstallDate { get; set; }
    /// <summary>
    /// Added by the coverage pass (<see cref="Generation.CoverageInfill"/>) after the first layout. Complaints
    /// draw only from the other assets, so adding these never moves a complaint (their serials follow the others').
    /// </summary>
    public bool Infill { get; init; }
    public List<KeyValuePair<string, object>> Attributes { get; } = [];

    public bool IsLighting => Kind is "streetlight" or "landscape_light";

    public double? PoleHeight =>
        Attributes.FirstOrDefault(a => a.Key == "pole_height_m").Value is double h ? h : null;
}
