using Zones.Server.Data.Inventory;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Rules;

namespace Zones.Server.Data.Editing;

/// <summary>Registers the writers of zones, ownership and inventory (they need the one <c>NpgsqlDataSource</c> of <c>AddZonesDatabase</c>).</summary>
public static class EditingServices
{
    public static IServiceCollection AddZonesEditing(this IServiceCollection s)
    {
        s.AddSingleton<ZoneEditor>();
        s.AddSingleton<ZoneTopology>();
        s.AddSingleton<OwnershipService>();
        s.AddSingleton<AssetEditor>();
        s.AddSingleton<RoadEditor>();
        s.AddZonesRules();   // calendar, categories, settings, units and people (issue #11 §7, §8)
        return s;
    }
}
