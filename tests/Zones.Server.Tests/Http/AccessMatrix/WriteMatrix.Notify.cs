namespace Zones.Server.Tests.Http.AccessMatrix;

// The writes of notifications and webhooks (issue #14 §5).
public static partial class WriteMatrix
{
    static IEnumerable<WriteCase> NotifyWrites =>
    [
        // Read marks are the reader's own: anyone signed in (users and keys), whatever the township; nothing of a township changes.
        Gql("markNotificationsRead", Admins, (_, _) => new { all = true }, "count", writes: false)
            with { Expected = (actor, _) => actor.Who is not null },
        Gql("saveWebhook", Admins, (f, t) => new
        {
            townshipCode = t.Code, name = $"矩阵企业微信{f.Serial()}", url = "https://hooks.example.com/zones", secret = "matrix-secret-0123456789",
        }, "webhook { id }"),
        Gql("saveWebhook", Admins, async (f, t) => new { id = $"{await f.WebhookAsync(t)}", name = "矩阵改名", url = "https://hooks.example.com/zones2" },
            "webhook { id }", name: "saveWebhook (change)"),
        Gql("deleteWebhook", Admins, async (f, t) => new { id = $"{await f.WebhookAsync(t)}" }, "id"),
        // A test send only adds a row to the delivery log (not township data); the loopback address is refused at once.
        Gql("testWebhook", Admins, async (f, t) => new { id = $"{await f.WebhookAsync(t)}" }, "delivery { status }", writes: false),
    ];
}
