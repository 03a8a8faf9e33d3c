namespace Zones.Server.Data;

/// <summary>
/// A problem with the caller's input that the caller can fix, returned as data (a typed GraphQL
/// error in a mutation payload), never thrown as a 500. <see cref="Code"/> is stable for programs;
/// <see cref="Message"/> says what is wrong, where, and how to fix it.
/// </summary>
/// <param name="Code">UPPER_SNAKE code, e.g. <c>INVALID_GEOMETRY</c>, <c>VERSION_CONFLICT</c>.</param>
/// <param name="Message">Human-readable explanation (Chinese first where clerks read it, with English).</param>
/// <param name="Path">The input path, e.g. <c>["input", "boundary"]</c>, when the problem is in one field.</param>
public abstract record UserError(string Code, string Message, IReadOnlyList<string>? Path = null);

/// <summary>The id names nothing (or nothing the caller may see).</summary>
public sealed record NotFoundError(string Message, IReadOnlyList<string>? Path = null)
    : UserError("NOT_FOUND", Message, Path);

/// <summary>The caller's role may not do this.</summary>
public sealed record ForbiddenError(string Message, IReadOnlyList<string>? Path = null)
    : UserError("FORBIDDEN", Message, Path);

/// <summary>The row changed since the caller read it (optimistic concurrency).</summary>
public sealed record VersionConflictError(string Message, int CurrentVersion, IReadOnlyList<string>? Path = null)
    : UserError("VERSION_CONFLICT", Message, Path);

/// <summary>A value is out of range or malformed (not geometry: see the spatial errors).</summary>
public sealed record InvalidInputError(string Message, IReadOnlyList<string>? Path = null)
    : UserError("INVALID_INPUT", Message, Path);
