namespace Zones.Server.Data.Notifications;

/// <summary>
/// Runs <see cref="NotificationScheduler"/> inside the server every <see cref="NotifyOptions.IntervalSeconds"/>
/// (a <see cref="PeriodicTimer"/>: one job, no scheduler library needed), and at once when a notification
/// is announced, so a new case's webhook goes out within a second. Off when <see cref="NotifyOptions.Enabled"/>
/// is false (tests run the scheduler by hand at chosen moments).
/// </summary>
sealed class NotificationSchedulerService(NotificationScheduler scheduler, NotificationFeed feed, NotifyOptions options,
                                          TimeProvider clock, ILogger<NotificationSchedulerService> log) : BackgroundService
{
    // Never disposed: a SemaphoreSlim whose wait handle is not used holds nothing to free, and disposing it
    // raced the stopping loop and late wake-ups (ObjectDisposedException with a stack trace when a server that
    // could not bind its port shut down, seen in StartupErrorTests).
    readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (!options.Enabled)
            return;
        using var woken = feed.Subscribe(_ => Wake());
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.IntervalSeconds), clock);
        var tick = timer.WaitForNextTickAsync(ct).AsTask();
        var wake = _wake.WaitAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var run = await scheduler.RunOnceAsync(clock.GetUtcNow(), ct);
                if (run.Overdue + run.DueSoon + run.Sent > 0)
                    log.LogInformation("Notifications: {Overdue} overdue, {DueSoon} due soon, {Sent} webhook deliveries attempted",
                                       run.Overdue, run.DueSoon, run.Sent);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "The notification scheduler run failed; it runs again in {Seconds} s", options.IntervalSeconds);
            }
            // One pending wait of each kind at a time, so a wake-up is never swallowed by a stale waiter.
            var done = await Task.WhenAny(tick, wake);
            if (ct.IsCancellationRequested)
                return;
            if (done == wake)
                wake = _wake.WaitAsync(ct);
            else if (await tick)
                tick = timer.WaitForNextTickAsync(ct).AsTask();
            else
                return;
        }
    }

    void Wake()
    {
        if (_wake.CurrentCount == 0)
            try { _wake.Release(); } catch (SemaphoreFullException) { }
    }
}
