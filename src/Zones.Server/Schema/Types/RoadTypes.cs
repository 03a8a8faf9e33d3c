using Zones.GraphQL.Types;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>路段: road segments split at intersections, with their 包联 departments.</summary>
public static class RoadTypes
{
    public static readonly EnumType RoadClass = new("RoadClass", e =>
    {
        e.Value("ARTERIAL", "arterial", "主干路");
        e.Value("SECONDARY", "secondary", "次干路");
        e.Value("BRANCH", "branch", "支路");
        e.Value("VILLAGE", "village", "村道");
        e.Value("HIGHWAY", "highway", "过境公路");
    });

    public static readonly ObjectType Road = new("Road", t =>
    {
        t.Field("id", "ID!");
        t.Field("code", "String!");
        t.Field("name", "String!");
        t.Field("class", "RoadClass!");
        t.Field("version", "Int!");
        t.Field("townshipCode", "String!");
        t.Field("lengthM", "Float!");
        t.Field("line", "Geometry!", r => new GeometryValue(((RoadRow)r!).Geometry, LengthM: ((RoadRow)r).LengthM));
        t.Field("startNode", "ID", r => ((RoadRow)r!).StartNode)
            .Description("The road graph's node at the line's first point: segments that share a node meet there (a junction).");
        t.Field("endNode", "ID", r => ((RoadRow)r!).EndNode).Description("The road graph's node at the line's last point.");
        t.Field("owners", "[Assignment!]!", async (r, _, ctx) => await Loaders.ActiveOwners(ctx, TargetKind.Road).LoadAsync(((RoadRow)r!).Id));
    });

    public static IEnumerable<NamedType> All => [RoadClass, Road, Connections.EdgeOf("Road", true), Connections.Of("Road")];
}
