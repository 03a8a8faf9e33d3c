using System.Globalization;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// A time limit (处置时限) as <c>zones.complaint_category</c> stores it: an amount and a unit
/// (shared/DOMAIN.md §1.7, §5.4).
/// </summary>
/// <param name="Amount">How many units; fractions are allowed (0.5 work days = half a working day).</param>
/// <param name="Unit">One of <see cref="TimeUnits"/>.</param>
public sealed record TimeLimit(decimal Amount, string Unit)
{
    /// <summary>How clerks read it: <c>4 个工作时</c>, <c>5 个工作日</c>, <c>24 小时</c>, <c>7 天</c>.</summary>
    public string ToChinese() => Unit switch
    {
        TimeUnits.WorkHours => $"{Number} 个工作时",
        TimeUnits.WorkDays => $"{Number} 个工作日",
        TimeUnits.Hours => $"{Number} 小时",
        _ => $"{Number} 天",
    };

    /// <summary>The English form: <c>4 working hours</c>, <c>7 days</c>.</summary>
    public string ToEnglish() => Unit switch
    {
        TimeUnits.WorkHours => $"{Number} working hours",
        TimeUnits.WorkDays => $"{Number} working days",
        TimeUnits.Hours => $"{Number} hours",
        _ => $"{Number} days",
    };

    string Number => Amount.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>The units of <c>complaint_category.time_unit</c>.</summary>
public static class TimeUnits
{
    /// <summary>工作时: hours counted only inside the working periods of working days.</summary>
    public const string WorkHours = "work_hours";
    /// <summary>工作日: whole working days, each worth the working time of one day (08:30–18:00 less lunch = 8 h).</summary>
    public const string WorkDays = "work_days";
    /// <summary>自然时: clock hours, nights and holidays included.</summary>
    public const string Hours = "hours";
    /// <summary>自然日: calendar days of 24 h.</summary>
    public const string Days = "days";

    public static readonly string[] All = [WorkHours, WorkDays, Hours, Days];
}
