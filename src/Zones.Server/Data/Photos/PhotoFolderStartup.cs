namespace Zones.Server.Data.Photos;

/// <summary>
/// Runs before the server listens: a configured photo folder must exist or be creatable and take a probe file
/// (<see cref="PhotoFolder.EnsureUsable"/>), so a wrong path stops the server with the setting's name instead of
/// failing the first resident's upload.
/// </summary>
sealed class PhotoFolderStartup(PhotoFolder folder, ILogger<PhotoFolderStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        folder.EnsureUsable();
        if (folder.Configured)
            log.LogInformation("New photos are stored in the folder {Folder}; back it up together with the database", folder.Root);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
