using Npgsql;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Rules;

/// <summary>
/// The working calendar's rows (<c>zones.calendar_day</c>), written by administrators: a township's
/// own days, or the national days (township null, installation administrators only: the database
/// refuses anyone else, migration 0009). Deadlines read the calendar afresh for every case
/// (<see cref="CalendarStore"/> keeps no cache), so a change counts from the next deadline computed.
/// </summary>
public sealed partial class CalendarEditor(NpgsqlDataSource db, ComplaintOptions options, TimeProvider time)
{
    const int MaxDaysPerWrite = 1000;
    const int MaxNoteLength = 100;

    /// <summary>Adds or changes the days (a day already there takes the new values).</summary>
    public Task<CalendarDaysPayload> SetDaysAsync(Actor actor, string? townshipCode, IReadOnlyList<CalendarDayInput> days,
                                                  CancellationToken ct) =>
        db.WriteAsync(actor, Check(days, "days"), tx => WriteDaysAsync(tx, townshipCode, days, ct), CalendarDaysPayload.Fail, ct);

    /// <summary>Removes the township's (or the national) rows of <paramref name="dates"/>: those days follow Monday–Friday again.</summary>
    public Task<RemovedPayload> RemoveDaysAsync(Actor actor, string? townshipCode, IReadOnlyList<DateOnly> dates, CancellationToken ct) =>
        db.WriteAsync(actor, async tx =>
        {
            if (await TownshipCheck.RefuseAsync(tx, townshipCode, ct) is { } refused)
                return RemovedPayload.Fail(refused);
            return new RemovedPayload(await tx.ExecuteAsync(RemoveSql, [P(townshipCode), P(dates.ToArray())], ct), []);
        }, RemovedPayload.Fail, ct);

    /// <summary>
    /// Sets every day of a calendar CSV (<see cref="CalendarCsv"/>): all rows or none. A dry run
    /// checks everything (the rows and the right to write them) and writes nothing.
    /// </summary>
    public async Task<CalendarDaysPayload> ImportAsync(Actor actor, string? townshipCode, string content, bool dryRun, CancellationToken ct)
    {
        var (days, errors) = CalendarCsv.Parse(content);
        if (errors.Count > 0)
            return new([], errors);
        if (Check(days, "content") is { } invalid)
            return CalendarDaysPayload.Fail(invalid);
        return await db.InTransactionAsync(actor, async (_, tx) =>
        {
            try
            {
                return await WriteDaysAsync(tx, townshipCode, days, ct);
            }
            catch (PostgresException e) when (DbErrors.Translate(e) is { } error)
            {
                return CalendarDaysPayload.Fail(error);
            }
        }, r => r.Errors.Count == 0 && !dryRun, ct);
    }

    async Task<CalendarDaysPayload> WriteDaysAsync(NpgsqlTransaction tx, string? townshipCode, IReadOnlyList<CalendarDayInput> days,
                                                   CancellationToken ct)
    {
        if (await TownshipCheck.RefuseAsync(tx, townshipCode, ct) is { } refused)
            return CalendarDaysPayload.Fail(refused);
        var dates = days.Select(d => d.Date).ToArray();
        await tx.ExecuteAsync(UpsertSql, [P(townshipCode), P(dates), P(days.Select(d => d.IsWorkday).ToArray()),
                                          P(days.Select(d => d.Note).ToArray())], ct);
        return new(await tx.QueryAsync(WrittenSql, [P(townshipCode), P(dates)], ReadDay, ct), []);
    }

    static InvalidInputError? Check(IReadOnlyList<CalendarDayInput> days, string field) =>
        days.Count == 0 ? Problems.Invalid("没有要设置的日期", "No days were given", field)
        : days.Count > MaxDaysPerWrite ? Problems.Invalid($"一次最多设置 {MaxDaysPerWrite} 天", $"At most {MaxDaysPerWrite} days at a time", field)
        : days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? Problems.Invalid($"日期 {twice.Key:yyyy-MM-dd} 出现了不止一次", $"The date {twice.Key:yyyy-MM-dd} is given more than once", field)
        : days.FirstOrDefault(d => d.Note?.Length > MaxNoteLength) is { } longNote
            ? Problems.Invalid($"{longNote.Date:yyyy-MM-dd} 的说明超过 {MaxNoteLength} 个字", $"The note of {longNote.Date:yyyy-MM-dd} is longer than {MaxNoteLength} characters", field)
        : null;

    /// <summary>Today in the calendar's time zone.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), options.Zone()).DateTime);

    static CalendarDay ReadDay(NpgsqlDataReader r) => new(r.GetFieldValue<DateOnly>(0), r.GetBoolean(1), r.Text(2), r.Text(3));
}
