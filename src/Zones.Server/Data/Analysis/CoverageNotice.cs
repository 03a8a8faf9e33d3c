namespace Zones.Server.Data.Analysis;

/// <summary>
/// A coverage check that could not run, or ran with a fallback, says so here instead of returning a silent
/// zero (issue #12): e.g. a township with no built-up area gets no toilet-reach gap but this notice, a village
/// whose built-up land lies away from every mapped road is measured in a straight line and noticed.
/// </summary>
/// <param name="Kind">The <see cref="GapKinds"/> code of the check concerned.</param>
/// <param name="ZoneId">The zone concerned (a village whose roads are too sparse …); null for the whole township.</param>
/// <param name="Message">zh-CN: what could not be done, why, and how to fix it.</param>
public sealed record CoverageNotice(string Kind, string TownshipCode, long? ZoneId, string Message);
