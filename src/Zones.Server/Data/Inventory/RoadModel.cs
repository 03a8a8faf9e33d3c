using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Inventory;

/// <summary>主干路 / 次干路 / 支路 / 村道 / 过境公路.</summary>
public enum RoadClass { Arterial, Secondary, Branch, Village, Highway }

/// <summary>Everything a planner edits on a road segment; an update replaces all of it.</summary>
/// <param name="Code">Unique in the township, retired segments included.</param>
/// <param name="Line">A WGS84 LineString, split at intersections.</param>
public sealed record RoadFields(string Code, string Name, RoadClass Class, Geometry Line, JsonObject? Attributes = null);

public sealed record CreateRoadInput(string TownshipCode, RoadFields Fields);

public sealed record UpdateRoadInput(long Id, int ExpectedVersion, RoadFields Fields);

/// <summary>A road segment as stored.</summary>
public sealed record RoadRecord(long Id, string TownshipCode, string Code, string Name, RoadClass Class, LineString Line,
                                JsonObject Attributes, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
                                DateTimeOffset? RetiredAt);

/// <summary>The road after the change; or the errors.</summary>
public sealed record RoadPayload(RoadRecord? Road, IReadOnlyList<UserError> Errors) : IPayload
{
    /// <summary>createRoad: every segment the new line became, split at its junctions (<see cref="Road"/> is the first).</summary>
    public IReadOnlyList<RoadRecord> Roads { get; init; } = Road is null ? [] : [Road];

    /// <summary>createRoad: the live roads the new line crossed in their interior, every piece of each (the original first).</summary>
    public IReadOnlyList<RoadRecord> SplitRoads { get; init; } = [];

    internal static RoadPayload Fail(UserError error) => new(null, [error]);
}
