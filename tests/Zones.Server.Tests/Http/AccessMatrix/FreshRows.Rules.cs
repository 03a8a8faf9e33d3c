using static Zones.Server.Data.Sql;

namespace Zones.Server.Tests.Http.AccessMatrix;

// Fresh rows for the writes of the rules and the roster (issue #11 §7, §8, contract D).
public sealed partial class FreshRows
{
    /// <summary>A day no earlier call returned, far ahead (from 2040), so no holiday is there yet.</summary>
    public DateOnly Day() => new DateOnly(2040, 1, 1).AddDays(Serial());

    const string CalendarDaySql = "INSERT INTO zones.calendar_day (township_code, day, is_workday, note) VALUES ($1, $2, false, '矩阵') RETURNING 0::bigint";

    /// <summary>A holiday of the township on a fresh day (for removeCalendarDays).</summary>
    public async Task<DateOnly> CalendarDayAsync(MatrixTownship t)
    {
        var day = Day();
        await IdAsync(CalendarDaySql, P(t.Code), P(day));
        return day;
    }

    const string CategorySql = """
        INSERT INTO zones.complaint_category (township_code, kind, code, name, group_name, time_limit, time_unit)
        VALUES ($1, 'event', $2, '矩阵类别', '矩阵', 1, 'days') RETURNING id
        """;

    /// <summary>A category code of the township's own (for resetComplaintCategory).</summary>
    public async Task<string> CategoryAsync(MatrixTownship t)
    {
        var code = $"{8000 + Serial() % 2000}";
        await IdAsync(CategorySql, P(t.Code), P(code));
        return code;
    }

    const string UnitSql = "INSERT INTO zones.unit (township_code, code, name, kind) VALUES ($1, $2, '矩阵单位', 'department') RETURNING id";

    /// <summary>A unit without any 包联.</summary>
    public Task<long> UnitAsync(MatrixTownship t) => IdAsync(UnitSql, P(t.Code), P($"MX-U{Serial()}"));

    const string PersonSql = "INSERT INTO zones.person (township_code, code, name) VALUES ($1, $2, '矩阵干部') RETURNING id";

    /// <summary>A person without any 包联.</summary>
    public Task<long> PersonAsync(MatrixTownship t) => IdAsync(PersonSql, P(t.Code), P($"MX-P{Serial()}"));
}
