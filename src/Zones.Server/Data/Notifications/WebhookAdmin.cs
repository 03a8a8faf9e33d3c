using Npgsql;
using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Notifications;

/// <summary>
/// An admin's writes to webhooks: create or change (with the URL policy checked), delete, and send a test
/// event right away. One transaction each, named after the actor, refused outside the actor's scope.
/// </summary>
public sealed class WebhookAdmin(NpgsqlDataSource db, WebhookStore webhooks, WebhookSender sender, WebhookAddressPolicy policy,
                                 TimeProvider clock)
{
    const int MinSecret = 16;

    /// <summary>Creates (no id) or changes a webhook; returns it, or the error (nothing written).</summary>
    public async Task<(Webhook? Webhook, UserError? Error)> SaveAsync(WebhookInput input, Actor actor, CancellationToken ct)
    {
        if (Problem(input) is { } problem)
            return (null, problem);
        return await db.InTransactionAsync(actor, async (conn, tx) =>
        {
            var township = input.Id is { } id ? await webhooks.TownshipOfAsync(conn, tx, id, ct) : input.TownshipCode;
            if (township is null)
                return (null, Missing(input.Id));
            if (await WriteScope.RefusalAsync(conn, tx, township, ct) is { } refused)
                return (null, refused);
            var saved = input.Id ?? await webhooks.InsertAsync(conn, tx, input, ct);
            if (input.Id is not null && !await webhooks.UpdateAsync(conn, tx, input, ct))
                return (null, Conflict(input, await webhooks.FindAsync(conn, tx, saved, ct)));
            return (await webhooks.FindAsync(conn, tx, saved, ct), (UserError?)null);
        }, r => r.Item2 is null, ct);
    }

    /// <summary>Deletes a webhook with its delivery log.</summary>
    public Task<UserError?> DeleteAsync(long id, Actor actor, CancellationToken ct) =>
        db.InTransactionAsync<UserError?>(actor, async (conn, tx) => await webhooks.TownshipOfAsync(conn, tx, id, ct) is not { } township
            ? Missing(id)
            : await WriteScope.RefusalAsync(conn, tx, township, ct) is { } refused ? refused
            : await webhooks.DeleteAsync(conn, tx, id, ct) ? null : Missing(id), r => r is null, ct);

    /// <summary>Queues a test event and sends it at once; returns the delivery as logged.</summary>
    public async Task<(WebhookDelivery? Delivery, UserError? Error)> TestAsync(long id, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (queued, error) = await db.InTransactionAsync(actor, async (conn, tx) =>
            await webhooks.TownshipOfAsync(conn, tx, id, ct) is not { } township ? (default, Missing(id))
            : await WriteScope.RefusalAsync(conn, tx, township, ct) is { } refused ? (default, refused)
            : (await webhooks.QueueTestAsync(conn, tx, id, now, ct), (UserError?)null), r => r.Item2 is null, ct);
        if (error is not null)
            return (null, error);
        await sender.SendDueAsync(now, ct, queued.Id);
        return (await webhooks.DeliveryAsync(queued.TownshipCode, queued.Id, ct), null);
    }

    UserError? Problem(WebhookInput w)
    {
        if (w.Id is null && string.IsNullOrWhiteSpace(w.TownshipCode))
            return new InvalidInputError("新建 webhook 须指定乡镇（townshipCode）。A new webhook needs a townshipCode.", "townshipCode");
        if (string.IsNullOrWhiteSpace(w.Name) || w.Name.Trim().Length > 100)
            return new InvalidInputError("名称不能为空，最长 100 字。The name must be 1 to 100 characters.", "name");
        if (policy.UrlProblem(w.Url) is { } url)
            return new InvalidInputError(url, "url");
        if (w.Secret is null ? w.Id is null : w.Secret.Length is < MinSecret or > 200)
            return new InvalidInputError($"签名密钥须为 {MinSecret}–200 个字符（新建时必填）。The secret must be {MinSecret} to 200 characters (required for a new webhook).", "secret");
        return w.Events.Length == 0 || w.Events.Except(NotificationKinds.All).Any()
            ? new InvalidInputError("至少选择一种事件：新案件、即将超期、已超期。Choose at least one event: NEW, DUE_SOON, OVERDUE.", "events")
            : null;
    }

    // The row exists (its township was just read in this transaction), so a failed update is a stale version.
    static UserError Conflict(WebhookInput input, Webhook? now) => now is null ? Missing(input.Id) : new VersionConflictError(
        $"webhook“{now.Name}”已被他人修改（当前版本 {now.Version}，您的版本 {input.ExpectedVersion}），请刷新后重试。" +
        $"Webhook {now.Id} changed since you read it (version {now.Version}, yours {input.ExpectedVersion}); reload and retry.",
        now.Version, "expectedVersion");

    static NotFoundError Missing(long? id) => new($"webhook {id} 不存在。There is no webhook {id}.", "id");
}
