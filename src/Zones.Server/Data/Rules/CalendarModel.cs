namespace Zones.Server.Data.Rules;

/// <summary>One row of the working calendar: a day that differs from Monday–Friday (or is listed anyway).</summary>
/// <param name="TownshipCode">Null for the national rows (the shipped 国务院办公厅 schedule).</param>
public sealed record CalendarDay(DateOnly Date, bool IsWorkday, string? Note, string? TownshipCode);

/// <summary>A day to set: whether people work that day, and why (e.g. 春节, 春节调休上班).</summary>
public sealed record CalendarDayInput(DateOnly Date, bool IsWorkday, string? Note);

/// <summary>Whether the calendar knows the holidays of the days ahead.</summary>
/// <param name="CoveredUntil">The last day of the last year covered without a break from this year; null when this year is not.</param>
/// <param name="Message">Chinese first, then English; null when covered.</param>
public sealed record CalendarCoverage(DateOnly? CoveredUntil, bool CoversNext60Days, string? Message);

/// <summary>The days written (or, in a dry run, that would be), or the errors and nothing written.</summary>
public sealed record CalendarDaysPayload(IReadOnlyList<CalendarDay> Days, IReadOnlyList<UserError> Errors) : Editing.IPayload
{
    internal static CalendarDaysPayload Fail(UserError error) => new([], [error]);
}

/// <summary>How many rows were removed, or the errors.</summary>
public sealed record RemovedPayload(int Removed, IReadOnlyList<UserError> Errors) : Editing.IPayload
{
    internal static RemovedPayload Fail(UserError error) => new(0, [error]);
}
