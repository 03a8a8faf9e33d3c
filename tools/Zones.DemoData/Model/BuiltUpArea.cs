using NetTopologySuite.Geometries;

namespace Zones.DemoData.Model;

/// <summary>建成区 polygon.</summary>
public sealed record BuiltUpArea(string Name, MultiPolygon Degrees, Geometry Metres);
