using ComplaintFeed = Zones.Server.Data.Complaints.ComplaintFeed;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>The subscription root: complaints as they are reported or change stage (graphql-transport-ws on /graphql).</summary>
public static class Subscriptions
{
    public static readonly ObjectType Root = new("Subscription", t =>
    {
        t.Field("complaintChanged", "Complaint!", c => c)
            .Argument("zoneId", "ID", description: "Only complaints inside this zone (its boundary); all when omitted.")
            .Description("Pushed when a complaint is reported or moves a step in its workflow.")
            .Subscribe(SubscribeAsync);
        t.Field("notificationAdded", "Notification!", n => n)
            .Description("Pushed when a notification to you is written (new case, due soon, overdue), on whichever server instance wrote it.")
            .Subscribe(NotificationStream.SubscribeAsync);
    });

    // The readable townships are asked once, when the subscription starts: a case of any other
    // township is never pushed, and a zone the caller may not read is refused as a missing one.
    static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(ResolveContext ctx)
    {
        var feed = ctx.Get<ComplaintFeed>();
        var readable = await Loaders.ReadableAsync(ctx);
        if (ctx.Id("zoneId") is not { } zoneId)
            return feed.SubscribeAsync(c => readable(c.TownshipCode), ctx.CancellationToken);
        // A direct read, not the DataLoader: subscribe runs before the executor dispatches batches.
        var zones = await ctx.Get<ListQuery>().ByIdsAsync(Sources.Zones, [zoneId], z => z.Id, ctx.CancellationToken,
                                                          townships: await ctx.ReadableAsync());
        var zone = zones.GetValueOrDefault(zoneId)
            ?? throw new Zones.GraphQL.GraphQLError($"Zone {zoneId} does not exist.");
        var boundary = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(zone.Geometry);
        return feed.SubscribeAsync(c => readable(c.TownshipCode) && boundary.Intersects(c.Geometry), ctx.CancellationToken);
    }
}
