using NetTopologySuite.Geometries;

namespace Zones.DemoData.Model;

/// <summary>门店 under 门前三包.</summary>
public sealed record Shop(string Code, string Name, string Address, string KeeperName, string Phone, Coordinate Metres);
