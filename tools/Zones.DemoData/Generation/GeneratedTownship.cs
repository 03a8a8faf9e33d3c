using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>A generated township and the layout objects the complaint stream still needs.</summary>
internal sealed record GeneratedTownship(TownshipSpec Spec, Township Township, VillageLayout Layout, RoadNetwork Network, Org Org);
