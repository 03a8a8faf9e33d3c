using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Shops;

/// <summary>
/// A shop (门店) with its 门前三包 stretch as zones.shop_frontage (migration 0021) computes it:
/// <see cref="Frontage"/>, <see cref="FrontageLengthM"/> (geodesic) and <see cref="RoadId"/> are null
/// when no live road of its township lies within 50 m.
/// </summary>
public sealed record ShopRow(long Id, string TownshipCode, string Code, string Name, string? Address, string? KeeperName,
                             string? Phone, DateTimeOffset? RetiredAt, Geometry Geometry,
                             long? RoadId, Geometry? Frontage, double? FrontageLengthM);
