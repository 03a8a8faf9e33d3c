using Npgsql;

namespace Zones.Server.Data.Complaints;

/// <summary>Loads the <see cref="WorkCalendar"/> of a township from <c>zones.calendar_day</c>.</summary>
public sealed class CalendarStore(ComplaintOptions options)
{
    // Deadlines reach at most a few months ahead; days past the window follow the Monday–Friday rule.
    const int WindowDays = 400;

    // A township's own row for a day wins over the shipped default row (township_code NULL).
    const string OverridesSql = """
        SELECT DISTINCT ON (day) day, is_workday FROM zones.calendar_day
        WHERE (township_code = $1 OR township_code IS NULL) AND day >= $2 AND day < $3
        ORDER BY day, township_code NULLS LAST
        """;

    readonly IReadOnlyList<WorkingPeriod> _periods = options.Periods();
    readonly TimeZoneInfo _zone = options.Zone();

    /// <summary>The calendar of <paramref name="townshipCode"/> for deadlines starting at <paramref name="from"/>.</summary>
    public async Task<WorkCalendar> LoadAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string townshipCode,
                                              DateTimeOffset from, CancellationToken ct)
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, _zone).DateTime).AddDays(-1);
        await using var cmd = Db.Command(conn, tx, OverridesSql,
            Sql.P(townshipCode), Sql.P(first), Sql.P(first.AddDays(WindowDays)));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var days = new Dictionary<DateOnly, bool>();
        while (await reader.ReadAsync(ct))
            days[reader.GetFieldValue<DateOnly>(0)] = reader.GetBoolean(1);
        return new WorkCalendar(days, _periods, _zone);
    }
}
