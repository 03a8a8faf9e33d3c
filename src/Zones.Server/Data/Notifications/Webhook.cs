namespace Zones.Server.Data.Notifications;

/// <summary>A township's webhook (the secret is never read back: it only signs).</summary>
public sealed record Webhook(long Id, string TownshipCode, string Name, string Url, string[] Events, bool Enabled,
                             DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

/// <summary>
/// What an admin sends to create (no id) or change a webhook; a null secret keeps the stored one, and a
/// change with <see cref="ExpectedVersion"/> is refused when the webhook changed since it was read.
/// </summary>
public sealed record WebhookInput(long? Id, string? TownshipCode, string Name, string Url, string? Secret, bool Enabled, string[] Events,
                                  int? ExpectedVersion = null);

/// <summary>One row of the delivery log: one event to one webhook, its attempts and the last answer.</summary>
public sealed record WebhookDelivery(long Id, string TownshipCode, long WebhookId, long? ComplaintId, string Kind, string Status,
                                     int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? LastAttemptAt, int? LastStatus,
                                     string? LastResponse, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt,
                                     string Payload);

/// <summary>A delivery claimed for sending: where to, what, and the secret to sign it with.</summary>
public sealed record ClaimedDelivery(string TownshipCode, long Id, int Attempt, string Kind, string Payload, string Url, string Secret);

/// <summary>The statuses of <c>zones.webhook_delivery.status</c>.</summary>
public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
