using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Rules;

// Reading the calendar: the effective days of a township and whether they reach far enough ahead.
public sealed partial class CalendarEditor
{
    /// <summary>The days of a township from <paramref name="from"/> to <paramref name="to"/> (inclusive) as deadlines see them: its own row over the national one.</summary>
    public async Task<List<CalendarDay>> DaysAsync(string townshipCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QueryAsync(null, EffectiveSql, [P(townshipCode), P(from), P(to)], ReadDay, ct);
    }

    /// <summary>Whether the township's calendar covers the next 60 days (<see cref="CalendarCoverageRule"/>), seen today or on <paramref name="today"/>.</summary>
    public async Task<CalendarCoverage> CoverageAsync(string townshipCode, CancellationToken ct, DateOnly? today = null)
    {
        var day = today ?? Today();
        await using var conn = await db.OpenConnectionAsync(ct);
        var years = await conn.QueryAsync(null, YearsSql, [P(townshipCode), P(new DateOnly(day.Year, 1, 1))], r => r.GetInt32(0), ct);
        return CalendarCoverageRule.Of(day, years.ToHashSet());
    }

    /// <summary>Every township whose calendar does not cover the next 60 days, with its coverage, by code (for <c>/health</c>).</summary>
    public async Task<List<(string Code, string Name, CalendarCoverage Coverage)>> UncoveredAsync(CancellationToken ct, DateOnly? today = null)
    {
        var day = today ?? Today();
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync(null, AllYearsSql, [P(new DateOnly(day.Year, 1, 1))],
                                         r => (r.GetString(0), r.GetString(1), r.GetFieldValue<int[]>(2)), ct);
        return [.. rows.Select(r => (r.Item1, r.Item2, CalendarCoverageRule.Of(day, r.Item3.ToHashSet())))
                       .Where(r => !r.Item3.CoversNext60Days)];
    }

    // A township's own row for a day wins over the national one (as in CalendarStore, which deadlines use).
    const string EffectiveSql = """
        SELECT DISTINCT ON (day) day, is_workday, note, township_code FROM zones.calendar_day
        WHERE (township_code = $1 OR township_code IS NULL) AND day BETWEEN $2 AND $3
        ORDER BY day, township_code NULLS LAST
        """;

    const string YearsSql = """
        SELECT DISTINCT extract(year FROM day)::int FROM zones.calendar_day
        WHERE (township_code = $1 OR township_code IS NULL) AND day >= $2
        """;

    const string AllYearsSql = """
        SELECT t.division_code, t.name,
               ARRAY(SELECT DISTINCT extract(year FROM c.day)::int FROM zones.calendar_day c
                     WHERE (c.township_code = t.division_code OR c.township_code IS NULL) AND c.day >= $1)
        FROM zones.township t
        WHERE t.retired_at IS NULL   -- a retired township takes no new cases, so needs no calendar
        ORDER BY t.division_code
        """;

    // A day already there takes the new values; an unchanged one is left alone (no audit row).
    const string UpsertSql = """
        INSERT INTO zones.calendar_day (township_code, day, is_workday, note)
        SELECT $1, d.day, d.is_workday, d.note FROM unnest($2::date[], $3::boolean[], $4::text[]) AS d (day, is_workday, note)
        ON CONFLICT (township_code, day) DO UPDATE SET is_workday = EXCLUDED.is_workday, note = EXCLUDED.note
        WHERE (calendar_day.is_workday, calendar_day.note) IS DISTINCT FROM (EXCLUDED.is_workday, EXCLUDED.note)
        """;

    const string WrittenSql = """
        SELECT day, is_workday, note, township_code FROM zones.calendar_day
        WHERE township_code IS NOT DISTINCT FROM $1 AND day = ANY($2) ORDER BY day
        """;

    const string RemoveSql = "DELETE FROM zones.calendar_day WHERE township_code IS NOT DISTINCT FROM $1 AND day = ANY($2)";
}
