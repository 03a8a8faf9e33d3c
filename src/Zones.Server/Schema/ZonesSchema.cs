using Zones.GraphQL.Types;
using Zones.Server.Schema.Types;

namespace Zones.Server.Schema;

/// <summary>
/// The Zones API (printed to <c>zones.graphql</c>, checked by a snapshot test): the query,
/// mutation and subscription roots put together from one file per area under <c>Types/</c>.
/// </summary>
public static class ZonesSchema
{
    public static Zones.GraphQL.Types.Schema Build()
    {
        var query = new ObjectType("Query", t =>
        {
            t.Description("读取：片区、包联、部件、道路、案卷。Reads: zones, ownership, assets, roads, complaints.");
            ZoneQueries.Define(t);
        });
        return new Zones.GraphQL.Types.Schema(query, types: SharedTypes.All,
            description: "片区 Zones — township sanitation GIS. Coordinates are WGS84 longitude/latitude unless a crs argument says otherwise; distances and areas are metres and square metres.");
    }
}
