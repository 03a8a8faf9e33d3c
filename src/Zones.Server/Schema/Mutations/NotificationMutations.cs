using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Notifications;
using Zones.Server.Schema.Types;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>
/// markNotificationsRead (any signed-in reader, their own notifications) and the admin's webhook writes:
/// saveWebhook, deleteWebhook, testWebhook.
/// </summary>
static class NotificationMutations
{
    static readonly string[] Admins = [Roles.Admin];

    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "markNotificationsRead", "Marks your notifications read: the ones given, or all of them.", async (input, ctx) =>
        {
            if (ctx.Zones().Actor is null)
                return Fail(new ForbiddenError("请先登录。Sign in to mark your notifications read."));
            var reader = await NotificationTypes.RequireReaderAsync(ctx);
            var ids = input.Bool("all") ? null : ((IEnumerable<object?>?)input.GetValueOrDefault("ids") ?? []).Select(i => Resolvers.Id("ids", i)!.Value).ToArray();
            var store = ctx.Get<NotificationStore>();
            var marked = await store.MarkReadAsync(reader, ids, ctx.Get<TimeProvider>().GetUtcNow(), ctx.CancellationToken);
            return Result([], ("count", marked), ("unreadCount", await store.UnreadCountAsync(reader, ctx.CancellationToken)));
        });
        Field(t, "saveWebhook", "Admins: creates a webhook of a township (no id) or changes one.", async (input, ctx) =>
            Require(ctx, "设置 webhook", "set up webhooks", Admins) is { } forbidden ? Fail(forbidden)
            : Saved(await ctx.Get<WebhookAdmin>().SaveAsync(Webhook(input), ctx.Zones().Actor!, ctx.CancellationToken)));
        Field(t, "deleteWebhook", "Admins: deletes a webhook with its delivery log.", async (input, ctx) =>
            Require(ctx, "删除 webhook", "delete webhooks", Admins) is { } forbidden ? Fail(forbidden)
            : await ctx.Get<WebhookAdmin>().DeleteAsync(input.RequiredId("id"), ctx.Zones().Actor!, ctx.CancellationToken) is { } error
                ? Fail(error) : Result([], ("id", input.RequiredId("id"))));
        Field(t, "testWebhook", "Admins: sends a test event to a webhook now and returns the delivery as logged.", async (input, ctx) =>
            Require(ctx, "测试 webhook", "test webhooks", Admins) is { } forbidden ? Fail(forbidden)
            : await ctx.Get<WebhookAdmin>().TestAsync(input.RequiredId("id"), ctx.Zones().Actor!, ctx.CancellationToken) is var (delivery, error)
              && error is not null ? Fail(error) : Result([], ("delivery", delivery)));
    }

    static Dictionary<string, object?> Saved((Webhook? Webhook, UserError? Error) r) => r.Error is { } e ? Fail(e) : Result([], ("webhook", r.Webhook));

    static WebhookInput Webhook(IReadOnlyDictionary<string, object?> i) => new(i.Id("id"), i.Text("townshipCode"), i.Text("name") ?? "",
        i.Text("url") ?? "", i.Text("secret"), i.GetValueOrDefault("enabled") is not false,
        ((IEnumerable<object?>?)i.GetValueOrDefault("events") ?? NotificationKinds.All).Select(e => (string)e!).ToArray(), i.Value<int>("expectedVersion"));

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("MarkNotificationsReadInput", t =>
        {
            t.Field("ids", "[ID!]", "These notifications (yours only).");
            t.Field("all", "Boolean", "All of your notifications.", defaultValue: false);
        }),
        Payload("markNotificationsRead", ("count", "Int"), ("unreadCount", "Int")),
        ErrorTypes.Union("markNotificationsRead"),
        new InputObjectType("SaveWebhookInput", t =>
        {
            t.Field("id", "ID", "The webhook to change; omit to create one.");
            t.Field("townshipCode", "String", "The township (required to create).");
            t.Field("name", "String!");
            t.Field("url", "String!", "http(s) only; loopback, private and link-local addresses are refused (SSRF).");
            t.Field("secret", "String", "16–200 characters; signs every POST (X-Zones-Signature-256). Required to create; omit to keep.");
            t.Field("enabled", "Boolean", defaultValue: true);
            t.Field("events", "[WebhookEvent!]", "Which events to send (NEW, DUE_SOON, OVERDUE); all when omitted.");
            t.Field("expectedVersion", "Int", "When changing: the version you read; a stale one is refused with VersionConflictError (omit: no check).");
        }),
        Payload("saveWebhook", ("webhook", "Webhook")),
        ErrorTypes.Union("saveWebhook"),
        new InputObjectType("DeleteWebhookInput", t => t.Field("id", "ID!")),
        Payload("deleteWebhook", ("id", "ID")),
        ErrorTypes.Union("deleteWebhook"),
        new InputObjectType("TestWebhookInput", t => t.Field("id", "ID!")),
        Payload("testWebhook", ("delivery", "WebhookDelivery")),
        ErrorTypes.Union("testWebhook"),
    ];
}
