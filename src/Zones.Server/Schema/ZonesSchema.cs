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
            ListQueries.Define(t);
            DirectoryQueries.Define(t);
            CoverageGapTypes.Define(t);
            AnalysisQueries.Define(t);
            SearchQueries.Define(t);
            ItemQueries.Define(t);
            ShopTypes.Define(t);
            RuleQueries.Define(t);
            ImportQueries.Define(t);
            AdminQueries.Define(t);
            MapLayerTypes.Define(t);
            NotificationTypes.Define(t);
            WebhookTypes.Define(t);
        });
        var mutation = new ObjectType("Mutation", t =>
        {
            t.Description("写入：每个操作一个事务，错误以类型化的 errors 返回。Writes: one transaction each; problems come back as typed errors.");
            Mutations.MutationFields.Define(t);
        });
        return new Zones.GraphQL.Types.Schema(query, mutation, Subscriptions.Root, types: [.. SharedTypes.All, .. CoverageGapTypes.All, .. AnalysisQueries.Types, .. RuleTypes.All, AssignmentTableQuery.Connection, AssignmentTableQuery.Edge, .. ImportQueries.Types, .. AdminTypes.All, .. Mutations.MutationFields.Types, .. ShopTypes.All, .. MapLayerTypes.Types, .. NotificationTypes.Types, .. WebhookTypes.Types],
            description: "片区 Zones — township sanitation GIS. Coordinates are WGS84 longitude/latitude unless a crs argument says otherwise; distances and areas are metres and square metres.");
    }
}
