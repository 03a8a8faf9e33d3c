namespace Zones.Server.Data;

/// <summary>
/// A problem with the caller's input that the caller can fix, returned as data (a typed GraphQL
/// error in a mutation payload), never thrown as a 500. <see cref="Code"/> is stable for programs;
/// <see cref="Message"/> says what is wrong, where, and how to fix it.
/// </summary>
/// <param name="Code">UPPER_SNAKE code, e.g. <c>INVALID_GEOMETRY</c>, <c>VERSION_CONFLICT</c>.</param>
/// <param name="Message">Human-readable explanation (Chinese first where clerks read it, with English).</param>
/// <param name="Field">
/// Which input field was wrong, as a key relative to the operation's input: <c>boundary</c>,
/// <c>edits.3.boundary</c> (item 3 of a list), <c>attributes.pole_height_m</c>; the empty key for the
/// input as a whole; null when no one field is at fault. The schema layer turns it into the GraphQL
/// path (<c>["input", "edits", "3", "boundary"]</c>); a form shows the message beside that field.
/// </param>
public abstract record UserError(string Code, string Message, string? Field = null);

/// <summary>The id names nothing (or nothing the caller may see).</summary>
public sealed record NotFoundError(string Message, string? Field = null)
    : UserError("NOT_FOUND", Message, Field);

/// <summary>The caller's role may not do this.</summary>
public sealed record ForbiddenError(string Message, string? Field = null)
    : UserError("FORBIDDEN", Message, Field);

/// <summary>The row changed since the caller read it (optimistic concurrency).</summary>
public sealed record VersionConflictError(string Message, int CurrentVersion, string? Field = null)
    : UserError("VERSION_CONFLICT", Message, Field);

/// <summary>A value is out of range or malformed (not geometry: see the spatial errors).</summary>
public sealed record InvalidInputError(string Message, string? Field = null)
    : UserError("INVALID_INPUT", Message, Field);
