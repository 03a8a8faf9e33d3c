namespace Zones.DemoData.Generation;

/// <summary>What to generate for one township; the demo and every county township use the same generator.</summary>
public sealed record TownshipSpec
{
    public required string DivisionCode { get; init; }
    public required string Name { get; init; }
    public string CountyName { get; init; } = "长兴县";
    public string ProvinceName { get; init; } = "浙江省";
    public string CityName { get; init; } = "湖州市";
    /// <summary>Long-distance area code for landlines (长兴: 0572).</summary>
    public string AreaCode { get; init; } = "0572";
    public required double CenterLon { get; init; }
    public required double CenterLat { get; init; }
    public required ulong Seed { get; init; }
    public int Villages { get; init; } = 14;
    public int Communities { get; init; } = 2;
    public int Areas { get; init; } = 5;
    /// <summary>Mean township radius in metres (the outline is an irregular ellipse around it).</summary>
    public double Radius { get; init; } = 4100;
    /// <summary>Rotation of the town grid, degrees counter-clockwise.</summary>
    public double RotationDeg { get; init; }
    /// <summary>Hamlets (自然村, each with a lane) per village before any scaling.</summary>
    public int HamletsPerVillage { get; init; } = 2;
    /// <summary>Exact number of assets wanted (county runs); null = natural density (demo).</summary>
    public int? AssetTarget { get; init; }
    public int Complaints { get; init; } = 620;
    /// <summary>First serial of the 6-digit asset serials (county runs give each township a block).</summary>
    public int SerialBase { get; init; }
    public DateTime Reference { get; init; } = new(2026, 11, 20, 9, 0, 0);

    public string CountyCode => DivisionCode[..6];
}
