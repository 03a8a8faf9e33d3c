namespace Zones.Server.Data.Photos;

/// <summary>
/// Runs <see cref="PhotoSweeper"/> once a day inside the server when a photo folder is configured (a
/// <see cref="PeriodicTimer"/>, like the notification scheduler), removing files of rolled-back uploads a day
/// old. Several instances may run it: the sweeper's advisory lock lets one sweep and the others skip.
/// </summary>
sealed class PhotoSweepService(PhotoSweeper sweeper, PhotoFolder folder, TimeProvider clock, ILogger<PhotoSweepService> log) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    // Not at start: a restart (or a short-lived test host) should not walk a large folder at once.
    static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (!folder.Configured)
            return;
        try
        {
            await Task.Delay(FirstRun, clock, ct);
            using var timer = new PeriodicTimer(Interval, clock);
            do
            {
                try
                {
                    var run = await sweeper.SweepAsync(PhotoSweeper.DefaultMinAge, ct);
                    if (run.Deleted > 0)
                        log.LogInformation("Photo folder sweep: {Deleted} of {Examined} old files were referenced by no photo and were removed",
                                           run.Deleted, run.Examined);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    log.LogWarning(e, "The photo folder sweep failed; it runs again in a day");
                }
            } while (await timer.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
