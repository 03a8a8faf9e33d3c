using Zones.Server.Data.Inventory;
using Zones.Server.Data.Ownership;

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
        return s;
    }
}
