using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Access;
using Zones.Server.Data.Notifications;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>
/// Notifications (issue #14 §5): the signed-in reader's list, unread count and the live
/// <c>notificationAdded</c> stream. Who sees one is <see cref="NotificationReader"/>'s rule: the addressed
/// person, the members of the addressed unit, and the township's admins.
/// </summary>
public static class NotificationTypes
{
    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("myNotifications", "NotificationConnection!", async (_, args, ctx) => await PageAsync(ctx,
                new PageRequest(Math.Clamp(ctx.Int("first", 20), 1, 200), ctx.Text("after")), args.GetValueOrDefault("unreadOnly") is true))
            .Argument("first", "Int", 20, "At most 200.").Argument("after", "String").Argument("unreadOnly", "Boolean", false)
            .Description("Your notifications, newest first: new cases, cases about to go overdue and overdue cases you, your unit or (admins) your townships answer for.");
        t.Field("unreadNotificationCount", "Int!", async (_, _, ctx) =>
                (object?)await ctx.Get<NotificationStore>().UnreadCountAsync(await RequireReaderAsync(ctx), ctx.CancellationToken))
            .Description("How many of your notifications you have not read (the bell's badge).");
    }

    static async Task<ConnectionValue<Notification>> PageAsync(ResolveContext ctx, PageRequest page, bool unreadOnly)
    {
        var reader = await RequireReaderAsync(ctx);
        var store = ctx.Get<NotificationStore>();
        var rows = await store.ListAsync(reader, page, unreadOnly, null, ctx.CancellationToken);
        return new ConnectionValue<Notification>(rows, async ct => unreadOnly ? await store.UnreadCountAsync(reader, ct) : rows.Edges.Count);
    }

    /// <summary>The caller as a reader of notifications; anonymous callers are refused with what to do.</summary>
    public static async Task<NotificationReader> RequireReaderAsync(ResolveContext ctx) => await ReaderAsync(ctx)
        ?? throw new GraphQLError("查看通知需要登录：请先登录。Sign in to see your notifications.");

    public static async Task<NotificationReader?> ReaderAsync(ResolveContext ctx)
    {
        if (ctx.Zones().Actor is not { } actor)
            return null;
        var admin = actor.Role == Roles.Admin ? await ctx.Get<TownshipAccess>().WritableAsync(actor, ctx.CancellationToken) : [];
        return new NotificationReader(actor.Name, actor.PersonId, actor.UnitId, await ctx.ReadableAsync(), admin);
    }

    public static readonly EnumType Kind = new("NotificationKind", e =>
    {
        e.Description("What a notification says about its case.");
        e.Value("NEW", NotificationKinds.New, "新案件: a case was opened for you, or handed over to you.");
        e.Value("DUE_SOON", NotificationKinds.DueSoon, "即将超期: the deadline is less than the configured working hours away (default 2).");
        e.Value("OVERDUE", NotificationKinds.Overdue, "已超期: the case is overdue.");
    });

    public static readonly ObjectType Notification = new("Notification", t =>
    {
        t.Description("One notification to you about one case.");
        t.Field("id", "ID!");
        t.Field("kind", "NotificationKind!");
        t.Field("complaintId", "ID!");
        t.Field("caseNumber", "String!");
        t.Field("categoryName", "String");
        t.Field("description", "String!").Description("The case's description.");
        t.Field("lon", "Float!").Description("Where the case is (WGS84).");
        t.Field("lat", "Float!");
        t.Field("stage", "ComplaintStage!").Description("The case's stage now.");
        t.Field("deadline", "DateTime").Description("The case deadline the notification was about.");
        t.Field("createdAt", "DateTime!");
        t.Field("townshipCode", "String!");
        t.Field("personName", "String").Description("The person addressed, if any.");
        t.Field("unitName", "String").Description("The unit addressed, if any.");
        t.Field("read", "Boolean!").Description("Whether you have read it (read state is per user).");
        t.Field("complaint", "Complaint", async (n, _, ctx) => await Loaders.Complaints(ctx).LoadAsync(((Notification)n!).ComplaintId));
    });

    public static IEnumerable<NamedType> Types =>
        [Kind, Notification, Connections.Of("Notification"), Connections.EdgeOf("Notification", withDistance: false)];
}
