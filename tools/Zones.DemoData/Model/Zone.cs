using NetTopologySuite.Geometries;

namespace Zones.DemoData.Model;

/// <summary>A 片区 tree node: township, area (片区), village (村/社区) or group (组/网格).</summary>
public sealed record Zone(string Code, string Name, string Level, string? ParentCode, MultiPolygon Degrees, Geometry Metres);
