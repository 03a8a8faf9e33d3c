namespace Zones.Server.Data.Rules;

/// <summary>
/// Does the calendar cover the next 60 days? The rule: a year is covered when any row of the
/// calendar — national or the township's own — is dated in it. Holidays are published for a whole
/// year at once (国务院办公厅, each November), and an administrator who loads a year loads all of its
/// holidays, so one row of a year means that year's schedule is in; a year without any row means
/// every holiday of it would count as a working day. The next 60 days are covered when every year
/// they touch is covered.
/// </summary>
public static class CalendarCoverageRule
{
    public const int Days = 60;

    /// <summary>The coverage seen on <paramref name="today"/> (in the calendar's time zone) given the years that have rows.</summary>
    public static CalendarCoverage Of(DateOnly today, IReadOnlySet<int> yearsWithRows)
    {
        var year = today.Year;
        while (yearsWithRows.Contains(year))
            year++;
        DateOnly? until = year > today.Year ? new DateOnly(year - 1, 12, 31) : null;
        var end = today.AddDays(Days);
        if (until is { } u && u >= end)
            return new(until, true, null);
        var missing = Enumerable.Range(today.Year, end.Year - today.Year + 1).Where(y => !yearsWithRows.Contains(y)).ToList();
        var years = string.Join("、", missing);
        var yearsEn = string.Join(", ", missing);
        return new(until, false,
            $"工作日历只覆盖到{(until is { } d ? d.ToString("yyyy-MM-dd") : "今年之前")}，未来 {Days} 天内的 {years} 年还没有节假日安排，" +
            $"这些日子的法定节假日会被当作工作日，办理时限会算错。请在“管理 → 工作日历”导入 {years} 年的节假日（国务院办公厅通知）。" +
            $"The working calendar covers only until {(until is { } e ? e.ToString("yyyy-MM-dd") : "before this year")}: the year(s) {yearsEn} " +
            $"within the next {Days} days have no holidays, so their statutory holidays would count as working days and deadlines would be wrong. " +
            $"Import the holidays of {yearsEn} (from the State Council notice) under 管理 → 工作日历.");
    }
}
