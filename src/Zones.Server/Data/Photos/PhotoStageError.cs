namespace Zones.Server.Data.Photos;

/// <summary>The case is not at a step where photos of that phase are taken (HTTP 409).</summary>
public sealed record PhotoStageError(string Message, string? Field = "phase") : UserError("WRONG_STAGE", Message, Field);
