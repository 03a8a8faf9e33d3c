using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Access;
using Zones.Server.Data.Notifications;

namespace Zones.Server.Schema.Types;

/// <summary>A township's webhooks and their delivery log: admins only, in the townships of their scope.</summary>
public static class WebhookTypes
{
    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("webhooks", "[Webhook!]!", async (_, _, ctx) => await ctx.Get<WebhookStore>().ListAsync(
                Only(await AdminTownshipsAsync(ctx), ctx.Text("townshipCode")), ctx.CancellationToken))
            .Argument("townshipCode", "String").Description("Admins only: the webhooks of your townships (of one township when given).");
        t.Field("webhookDeliveries", "[WebhookDelivery!]!", async (_, args, ctx) => await ctx.Get<WebhookStore>().DeliveriesAsync(
                ctx.Id("webhookId") ?? -1, await AdminTownshipsAsync(ctx), args.GetValueOrDefault("status") as string,
                Math.Clamp(ctx.Int("first", 50), 1, 500), ctx.CancellationToken))
            .Argument("webhookId", "ID!").Argument("status", "DeliveryStatus").Argument("first", "Int", 50, "At most 500.")
            .Description("Admins only: the delivery log of one webhook, newest first — attempts, the next attempt, the last answer or error.");
    }

    static string[] Only(string[] townships, string? code) => code is null ? townships : townships.Where(t => t == code).ToArray();

    /// <summary>The admin's townships; anyone else is refused with what to do.</summary>
    static async Task<string[]> AdminTownshipsAsync(ResolveContext ctx) => ctx.Zones().Actor is { Role: Roles.Admin } admin
        ? await ctx.Get<TownshipAccess>().WritableAsync(admin, ctx.CancellationToken)
        : throw new GraphQLError("只有管理员可以查看 webhook：请用管理员账号登录。Only administrators may see webhooks: sign in as an admin.");

    public static readonly EnumType Status = new("DeliveryStatus", e =>
    {
        e.Value("PENDING", DeliveryStatus.Pending, "待发送 (or waiting to be retried).");
        e.Value("DELIVERED", DeliveryStatus.Delivered, "已送达: the receiver answered 2xx.");
        e.Value("FAILED", DeliveryStatus.Failed, "失败: every attempt failed (or a test send failed).");
    });

    public static readonly EnumType Event = new("WebhookEvent", e =>
    {
        e.Value("NEW", NotificationKinds.New, "新案件");
        e.Value("DUE_SOON", NotificationKinds.DueSoon, "即将超期");
        e.Value("OVERDUE", NotificationKinds.Overdue, "已超期");
        e.Value("TEST", NotificationKinds.Test, "测试 (deliveries of testWebhook only)");
    });

    public static readonly ObjectType Webhook = new("Webhook", t =>
    {
        t.Description("Where a township's notifications are also POSTed as JSON, signed with X-Zones-Signature-256 (HMAC-SHA256 of the body with the secret). The secret is never shown again.");
        t.Field("id", "ID!");
        t.Field("townshipCode", "String!");
        t.Field("name", "String!");
        t.Field("url", "String!");
        t.Field("events", "[WebhookEvent!]!");
        t.Field("enabled", "Boolean!");
        t.Field("createdAt", "DateTime!");
        t.Field("updatedAt", "DateTime!");
        t.Field("version", "Int!");
        t.Field("lastDelivery", "WebhookDelivery", async (w, _, ctx) => await LastDeliveries(ctx).LoadAsync(((Data.Notifications.Webhook)w!).Id))
            .Description("The newest row of its delivery log (test sends included); null when it never sent anything.");
    });

    // The webhooks reach here only through the admin-scoped fields above, so their deliveries need no second check.
    static DataLoader<long, WebhookDelivery> LastDeliveries(ResolveContext ctx) =>
        ctx.Loader<long, WebhookDelivery>("webhookLastDelivery", async (ids, ct) =>
            await ctx.Get<WebhookStore>().LastDeliveriesAsync(ids.ToArray(), ct));

    public static readonly ObjectType Delivery = new("WebhookDelivery", t =>
    {
        t.Description("One event POSTed to one webhook: a row of the delivery log.");
        t.Field("id", "ID!");
        t.Field("webhookId", "ID!");
        t.Field("complaintId", "ID");
        t.Field("kind", "WebhookEvent!");
        t.Field("status", "DeliveryStatus!");
        t.Field("attempts", "Int!");
        t.Field("nextAttemptAt", "DateTime!").Description("When a pending delivery is tried again (exponential backoff).");
        t.Field("lastAttemptAt", "DateTime");
        t.Field("lastStatus", "Int").Description("The HTTP status of the last answer; null when there was none (timeout, refused).");
        t.Field("lastResponse", "String").Description("The first 1000 characters of the last answer's body.");
        t.Field("lastError", "String");
        t.Field("createdAt", "DateTime!");
        t.Field("deliveredAt", "DateTime");
        t.Field("payload", "String!").Description("The JSON body sent.");
    });

    public static IEnumerable<NamedType> Types => [Status, Event, Webhook, Delivery];
}
