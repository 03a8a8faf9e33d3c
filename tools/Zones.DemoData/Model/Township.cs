using Zones.DemoData.Core;

namespace Zones.DemoData.Model;

/// <summary>Everything generated for one township except the complaints, which are streamed.</summary>
public sealed class Township
{
    public required string DivisionCode { get; init; }
    public required string CountyCode { get; init; }
    public required string Name { get; init; }
    public required string CountyName { get; init; }
    public required string ProvinceName { get; init; }
    public required DateTime Reference { get; init; }
    public required GeoFrame Frame { get; init; }
    public List<Zone> Zones { get; } = [];
    public List<BuiltUpArea> BuiltUp { get; } = [];
    public List<RoadSegment> Roads { get; } = [];
    public List<Unit> Units { get; } = [];
    public List<Person> People { get; } = [];
    public List<Shop> Shops { get; } = [];
    public List<Place> Places { get; } = [];
    public List<Asset> Assets { get; } = [];
    public List<Assignment> Assignments { get; } = [];
    public Plants Plants { get; } = new();
}
