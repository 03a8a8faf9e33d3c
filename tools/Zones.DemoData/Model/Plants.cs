using NetTopologySuite.Geometries;

namespace Zones.DemoData.Model;

/// <summary>
/// What the generator planted on purpose and later steps need (villages to keep apart, hot spots, the
/// dark stretch). The README reports the plants by re-reading the data, not from here.
/// </summary>
public sealed class Plants
{
    public string[] GapVillageCodes { get; set; } = [];
    public string[] OverlapVillageCodes { get; set; } = [];
    public List<string> UnlitRoadNames { get; } = [];
    public string? UnlitVillageName { get; set; }
    public string? DarkStretchRoadCode { get; set; }
    public LineString? DarkStretchMetres { get; set; }
    public List<HotSpot> HotSpots { get; } = [];
    /// <summary>The place (中心幼儿园) round which built-up land was left beyond every toilet's reach.</summary>
    public Coordinate? ToiletHoleCentre { get; set; }
    /// <summary>The dwelling whose nearest collection point stands 150–200 m away.</summary>
    public string? RemoteDwellingName { get; set; }
    /// <summary>The named road and centreline stretch (metres) left without a street bin.</summary>
    public string? BinGapRoadName { get; set; }
    public LineString? BinGapMetres { get; set; }
    /// <summary>The creek's bank and bridge roads (issue #12), which the complaints leave alone.</summary>
    public List<string> CreekRoadNames { get; } = [];
    /// <summary>The toilet on the creek's west bank and the dwelling across it, near in a straight line and far along the roads.</summary>
    public Coordinate? CreekToilet { get; set; }
    public Place? CreekDwelling { get; set; }
}

/// <summary>A complaint hot spot: centre in metres, spread (σ) and share of all complaints.</summary>
public sealed record HotSpot(string Name, Coordinate Centre, double Sigma, double Share, string[] Categories);
