using Zones.Server.Data.Roster;

namespace Zones.Server.Data.Rules;

/// <summary>Registers the writers of the working calendar, categories, township settings, units and people.</summary>
public static class RulesServices
{
    public static IServiceCollection AddZonesRules(this IServiceCollection s)
    {
        s.AddSingleton<CalendarEditor>();
        s.AddSingleton<CategoryEditor>();
        s.AddSingleton<SettingsEditor>();
        s.AddSingleton<DirectoryEditor>();
        return s;
    }
}
