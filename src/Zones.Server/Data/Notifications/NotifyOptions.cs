using System.Globalization;

namespace Zones.Server.Data.Notifications;

/// <summary>
/// Settings of notifications, the scheduler and webhooks, bound from <c>Zones:Notify</c>
/// (<c>Zones__Notify__*</c> variables).
/// </summary>
public sealed class NotifyOptions
{
    public const string Section = "Zones:Notify";

    /// <summary>Run the scheduler (overdue / due-soon scans and webhook sends) in this instance. Tests turn it off and run it by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two scheduler runs; a new case also wakes it at once.</summary>
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>即将超期: working hours before the deadline, on the township's working calendar.</summary>
    public decimal DueSoonWorkHours { get; set; } = 2;

    /// <summary>
    /// How far ahead (calendar days) the due-soon scan looks for deadlines: must cover the longest
    /// stretch without working time (a 8-day National Day holiday), so 2 working hours before a
    /// deadline right after it are found.
    /// </summary>
    public int DueSoonScanDays { get; set; } = 12;

    /// <summary>
    /// Cases whose deadline passed longer ago than this (days) are not notified as overdue: switching
    /// notifications on in a county with years of old overdue cases must not flood everyone.
    /// </summary>
    public int OverdueLookbackDays { get; set; } = 7;

    /// <summary>At most this many cases per kind and run (the next run picks up the rest).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Seconds a webhook POST may take (connect and answer) before it counts as failed.</summary>
    public int WebhookTimeoutSeconds { get; set; } = 5;

    /// <summary>Attempts per delivery before it is given up (status failed).</summary>
    public int WebhookMaxAttempts { get; set; } = 8;

    /// <summary>Seconds to wait after attempt 1, 2, 3 …; the last value repeats.</summary>
    public string WebhookBackoffSeconds { get; set; } = "10,60,300,1800,7200,21600";

    /// <summary>
    /// Allow webhooks to loopback addresses (127.0.0.0/8, ::1): off, since a webhook to the server's
    /// own host reaches services that trust local callers. Tests that run a receiver turn it on.
    /// </summary>
    public bool AllowLoopbackWebhooks { get; set; }

    /// <summary>Allow webhooks to private networks (10/8, 172.16/12, 192.168/16, fc00::/7), e.g. a 政务外网 gateway.</summary>
    public bool AllowPrivateNetworkWebhooks { get; set; }

    /// <summary>The map's public address for the links in webhook payloads (e.g. https://zones.example.gov.cn); empty: relative links.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1, after <paramref name="attempt"/> failed ones.</summary>
    public TimeSpan BackoffAfter(int attempt)
    {
        var steps = Backoff();
        return TimeSpan.FromSeconds(steps[Math.Clamp(attempt - 1, 0, steps.Length - 1)]);
    }

    public int[] Backoff() => WebhookBackoffSeconds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();

    public bool Valid()
    {
        try
        {
            var steps = Backoff();
            return steps.Length > 0 && steps.All(s => s > 0) && IntervalSeconds > 0 && DueSoonWorkHours > 0 && DueSoonScanDays > 0
                   && OverdueLookbackDays > 0 && BatchSize > 0 && WebhookTimeoutSeconds > 0 && WebhookMaxAttempts > 0;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return false;
        }
    }
}
