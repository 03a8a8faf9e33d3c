using NetTopologySuite.Geometries;

namespace Zones.DemoData.Model;

/// <summary>A place people gather or live: village_committee, market, school, bus_stop, square, park, dwelling.</summary>
public sealed record Place(string Kind, string Name, int? Households, Coordinate Metres);
