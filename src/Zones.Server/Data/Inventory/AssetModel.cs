using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Inventory;

/// <summary>部件 kinds (GB/T 30428 classes and local extensions), stored snake_case.</summary>
public enum AssetKind { Toilet, Bin, CollectionPoint, GarbageRoom, TransferStation, Streetlight, LandscapeLight }

/// <summary>完好 / 损坏 / 不亮 (lights only) / 丢失 / 废弃.</summary>
public enum AssetStatus { Good, Damaged, Unlit, Lost, Abandoned }

/// <summary>Everything a planner edits on an asset; an update replaces all of it, as a form does.</summary>
/// <param name="ClassCode">4 digits: 大类 + 小类, e.g. <c>0305</c> 垃圾箱.</param>
/// <param name="Identifier">部件标识码, unique in the township: 4–32 letters, digits or '-'.</param>
/// <param name="Location">A WGS84 Point.</param>
/// <param name="Subtype">For toilets: <c>flush</c>, <c>dry</c> or <c>mobile</c>; free for other kinds.</param>
/// <param name="Attributes">Kind-specific values, e.g. <c>{"pole_height_m": 8, "solar": true}</c>, <c>{"stalls": 6}</c>.</param>
public sealed record AssetFields(AssetKind Kind, string ClassCode, string Identifier, Geometry Location, string? Subtype = null,
                                 string? Name = null, AssetStatus Status = AssetStatus.Good, long? MaintainerUnitId = null,
                                 long? OwnerUnitId = null, long? RoadId = null, DateOnly? InstallDate = null,
                                 JsonObject? Attributes = null);

public sealed record CreateAssetInput(string TownshipCode, AssetFields Fields);

/// <summary>Replaces the asset's fields; a changed status restarts <c>status_since</c>.</summary>
public sealed record UpdateAssetInput(long Id, int ExpectedVersion, AssetFields Fields);

/// <summary>An asset or road to retire, at the version the caller read.</summary>
public sealed record RetireInput(long Id, int ExpectedVersion);

/// <summary>An asset as stored.</summary>
/// <param name="StatusSince">When the current status began.</param>
/// <param name="RetiredAt">Null while in service.</param>
public sealed record AssetRecord(long Id, string TownshipCode, AssetKind Kind, string? Subtype, string ClassCode, string Identifier,
                                 string? Name, AssetStatus Status, DateTimeOffset StatusSince, long? MaintainerUnitId,
                                 long? OwnerUnitId, long? RoadId, DateOnly? InstallDate, JsonObject Attributes, Point Location,
                                 int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? RetiredAt);

/// <summary>The asset after the change; or the errors.</summary>
public sealed record AssetPayload(AssetRecord? Asset, IReadOnlyList<UserError> Errors) : IPayload
{
    internal static AssetPayload Fail(UserError error) => new(null, [error]);
}
