using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Query;

/// <summary>A zone's current version. <see cref="AreaM2"/> is computed on the spheroid by PostGIS.</summary>
public sealed record ZoneRow(long Id, string TownshipCode, long? ParentId, string Level, string Code, string Name,
                             string Status, int Version, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo,
                             Geometry Geometry, double AreaM2);

/// <summary>A road segment; <see cref="LengthM"/> on the spheroid; <see cref="StartNode"/> / <see cref="EndNode"/> its ends in the road graph (zones.road_node).</summary>
public sealed record RoadRow(long Id, string TownshipCode, string Code, string Name, string Class, int Version,
                             Geometry Geometry, double LengthM, long? StartNode = null, long? EndNode = null);

/// <summary>A sanitation asset (部件). <see cref="AttributesJson"/> is the kind-specific jsonb as text.</summary>
public sealed record AssetRow(long Id, string TownshipCode, string Kind, string? Subtype, string ClassCode,
                              string Identifier, string? Name, string Status, DateTimeOffset StatusSince,
                              long? MaintainerUnitId, long? OwnerUnitId, long? RoadId, DateOnly? InstallDate,
                              string AttributesJson, int Version, DateTimeOffset? RetiredAt, Geometry Geometry);

/// <summary>
/// A complaint (案卷) as read by the API. <see cref="ReporterName"/> and <see cref="ReporterPhone"/> are
/// stored values: the API shows them only through <c>RequestAccess.ReporterAsync</c> (masked for most callers).
/// </summary>
/// <param name="ReporterCount">How many people reported it: the first reporter and the reports folded into it (并案).</param>
/// <param name="Overdue">zones.complaint_is_overdue when read: open, not 挂账, the deadline passed before the disposal was fed back (or, not yet fed back, before now).</param>
public sealed record ComplaintRow(long Id, string TownshipCode, string CaseNumber, string CategoryKind,
                                  string CategoryCode, string? CategoryName, string Source, string Description,
                                  string? Address, string Urgency, long? AssetId, long? ZoneId,
                                  long? FirstResponsiblePersonId, long? FirstResponsibleUnitId,
                                  long? ResponsiblePersonId, long? ResponsibleUnitId, string Stage,
                                  DateTimeOffset ReportedAt, DateTimeOffset? StageDeadline, DateTimeOffset? Deadline,
                                  DateTimeOffset? DisposedAt, DateTimeOffset? ClosedAt, DateTimeOffset UpdatedAt,
                                  int ReworkCount, int ExtensionCount, int Version, Geometry Geometry, bool Overdue,
                                  string? ReporterName = null, string? ReporterPhone = null, int ReporterCount = 1);

/// <summary>A person (干部).</summary>
public sealed record PersonRow(long Id, string TownshipCode, string Code, string Name, string? Title, string? Phone, long? UnitId,
                               DateTimeOffset? RetiredAt = null);

/// <summary>A unit (部门, 村委会, 企业 …).</summary>
public sealed record UnitRow(long Id, string TownshipCode, string Code, string Name, string Kind, string? Phone, long? ParentId,
                             DateTimeOffset? RetiredAt = null);
