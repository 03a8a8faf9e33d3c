using Npgsql;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Data.Notifications;

/// <summary>What one scheduler run did.</summary>
public sealed record SchedulerRun(int Overdue, int DueSoon, int Sent);

/// <summary>
/// One run of the notification scheduler at a given moment: notify the cases that went overdue
/// (<c>zones.complaint_is_overdue</c>), those about to (the configured working hours before the deadline on
/// each township's working calendar), and send the webhook deliveries that are due. Safe with several
/// instances running at once: notifications are written with ON CONFLICT DO NOTHING on their unique key,
/// deliveries are claimed with SKIP LOCKED.
/// </summary>
public sealed class NotificationScheduler(NpgsqlDataSource db, NotificationStore notifications, CalendarStore calendars,
                                          WebhookSender sender, NotifyOptions options)
{
    /// <summary>Runs the scans and the sends as of <paramref name="at"/> (the clock in production, a chosen moment in tests).</summary>
    public async Task<SchedulerRun> RunOnceAsync(DateTimeOffset at, CancellationToken ct)
    {
        var (overdue, dueSoon) = await NotifyAsync(at, ct);
        var sent = await sender.SendDueAsync(at, ct);
        return new SchedulerRun(overdue, dueSoon, sent);
    }

    /// <summary>Writes the overdue and due-soon notifications as of <paramref name="at"/>; returns how many of each.</summary>
    public async Task<(int Overdue, int DueSoon)> NotifyAsync(DateTimeOffset at, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var overdue = await notifications.NotifyAsync(conn, null, NotificationKinds.Overdue,
                                                      await notifications.OverdueAsync(conn, at, ct), at, ct);
        var thresholds = await DueSoonThresholdsAsync(conn, at, ct);
        var dueSoon = await notifications.NotifyAsync(conn, null, NotificationKinds.DueSoon,
                                                      await notifications.DueSoonAsync(conn, at, thresholds, ct), at, ct);
        return (overdue.Notifications, dueSoon.Notifications);
    }

    // A deadline is "due soon" when at most the lead time of working time is left before it, i.e. when it
    // lies at or before now + the lead time counted on the township's calendar (nights, weekends and
    // holidays do not count). One calendar per township with cases in the scan window.
    async Task<Dictionary<string, DateTimeOffset>> DueSoonThresholdsAsync(NpgsqlConnection conn, DateTimeOffset at, CancellationToken ct)
    {
        var lead = TimeSpan.FromHours((double)options.DueSoonWorkHours);
        var thresholds = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var township in await notifications.DueSoonTownshipsAsync(conn, at, ct))
            thresholds[township] = (await calendars.LoadAsync(conn, null, township, at, ct)).AddWorkingTime(at, lead);
        return thresholds;
    }
}
