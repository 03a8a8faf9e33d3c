using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Zones.Server.Data.Complaints;

/// <summary>Registers the complaint services: options, calendar, categories, intake, workflow, store.</summary>
public static class ComplaintServices
{
    /// <summary>Adds <see cref="ComplaintIntake"/>, <see cref="ComplaintWorkflow"/>, <see cref="ComplaintStore"/> and what they need.</summary>
    public static IServiceCollection AddZonesComplaints(this IServiceCollection s)
    {
        s.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.Section)
            .Validate(Valid, "Zones:Complaints is invalid: WorkingPeriods must look like 08:30-12:00,13:30-18:00, " +
                             "TimeZone must be a known time zone and every limit and distance positive.")
            .ValidateOnStart();
        s.TryAddSingleton(TimeProvider.System);
        s.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ComplaintOptions>>().Value);
        s.TryAddSingleton<CalendarStore>();
        s.TryAddSingleton<CategoryStore>();
        s.TryAddSingleton<ComplaintStore>();
        s.TryAddSingleton<FoldStore>();
        s.TryAddSingleton<ComplaintIntake>();
        s.TryAddSingleton<ComplaintWorkflow>();
        s.TryAddSingleton<ReportSplitter>();
        s.TryAddSingleton<FoldSettingsEditor>();
        s.TryAddSingleton<JurisdictionStore>();
        s.TryAddSingleton<Gazetteer>();
        return s;
    }

    static bool Valid(ComplaintOptions o)
    {
        try
        {
            o.Periods();
            o.Zone();
        }
        catch (Exception e) when (e is FormatException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
        return o.AssetLinkMetres > 0 && o.AssetLinkMetresByKind.Values.All(m => m > 0)
               && o.DispatchWorkHours > 0 && o.AcceptWorkHours > 0 && o.VerifyWorkDays > 0;
    }
}
