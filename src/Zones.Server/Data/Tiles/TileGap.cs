using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Tiles;

/// <summary>A coverage gap as the gaps tile needs it: attributes, the shape, and its lon/lat box to cut by tile.</summary>
public sealed record TileGap(string Kind, string Label, string Description, double? AreaM2, double? LengthM,
                             int? LightsNeeded, int? BinsNeeded, long? ZoneId, Geometry Shape, Envelope Box);
