namespace Zones.Server.Data.Photos;

/// <summary>What attaching photos needs to know of a case: where it is, its stage and who handles it.</summary>
public sealed record PhotoCase(long Id, string TownshipCode, string CaseNumber, string Stage, long? ResponsiblePersonId, long? ResponsibleUnitId);
