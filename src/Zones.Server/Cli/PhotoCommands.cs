using System.Globalization;
using Zones.Server.Data;
using Zones.Server.Data.Photos;

namespace Zones.Server.Cli;

/// <summary>
/// <c>zones photos …</c> for an installation that keeps photos in a folder (<c>Zones__Photos__Folder</c>):
/// <c>sweep [--min-age-hours 24]</c> removes files no photo row references (what the server also does daily);
/// <c>move-to-folder [--batch 200]</c> moves the photos still stored in the database into the folder, batch by
/// batch, printing progress; stopped midway, it carries on where it stopped when run again.
/// </summary>
static class PhotoCommands
{
    public const string Usage = "photos sweep [--min-age-hours 24] | photos move-to-folder [--batch 200]";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var folder = app.Services.GetRequiredService<PhotoFolder>();
        if (!folder.Configured)
            throw new StartupException($"未设置照片文件夹 {PhotoFolder.Setting}：照片存在数据库里，无需此命令。" +
                                       $"{PhotoFolder.Setting} is not set: photos are kept in PostgreSQL. Set it to the folder first.");
        folder.EnsureUsable();
        await app.Services.GetRequiredService<DatabaseCheck>().PostgisVersionAsync(CancellationToken.None);
        if ((await app.Services.GetRequiredService<Migrator>().PendingAsync(CancellationToken.None)).Count > 0)
            throw new StartupException("数据库结构不是最新的，请先运行 `zones migrate`。The database schema is behind: run `migrate` first.");
        return args switch
        {
            ["sweep", .. var rest] when Number(rest, "min-age-hours", 24) is { } hours => await SweepAsync(app, hours),
            ["move-to-folder", .. var rest] when Number(rest, "batch", 200) is { } batch and > 0 => await MoveAsync(app, folder, (int)batch),
            _ => Fail(),
        };
    }

    static async Task<int> SweepAsync(WebApplication app, double hours)
    {
        var run = await app.Services.GetRequiredService<PhotoSweeper>().SweepAsync(TimeSpan.FromHours(hours), CancellationToken.None);
        Console.WriteLine(run.Skipped
            ? "另一个实例正在清理照片文件夹，本次跳过。Another instance is sweeping the photo folder; nothing done."
            : $"已检查 {run.Examined} 个超过 {hours:0.##} 小时的文件，删除 {run.Deleted} 个没有照片记录引用的文件。" +
              $"Examined {run.Examined} files older than {hours:0.##} h; deleted {run.Deleted} that no photo references.");
        return 0;
    }

    static async Task<int> MoveAsync(WebApplication app, PhotoFolder folder, int batch)
    {
        var mover = app.Services.GetRequiredService<PhotoMover>();
        var total = await mover.RemainingAsync(CancellationToken.None);
        if (total == 0)
        {
            Console.WriteLine("数据库里没有照片需要移动。No photos left in the database to move.");
            return 0;
        }
        Console.WriteLine($"把 {total} 张照片从数据库移到 {folder.Root}。Moving {total} photos from the database to {folder.Root}.");
        long moved = 0;
        for (int n; (n = await mover.MoveBatchAsync(batch, CancellationToken.None)) > 0;)
        {
            moved += n;
            Console.WriteLine($"已移动 {moved}/{total}。Moved {moved}/{total}.");
        }
        Console.WriteLine($"完成：移动了 {moved} 张照片；请与数据库一起备份该文件夹。Done: {moved} photos moved; back up the folder together with the database.");
        return 0;
    }

    static double? Number(string[] args, string name, double fallback)
    {
        if (ImportCommand.Parse(args, [name], [], out var positional) is not { } options || positional.Count > 0)
            return null;
        if (!options.TryGetValue(name, out var values))
            return fallback;
        return double.TryParse(values[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
    }

    static int Fail()
    {
        Console.Error.WriteLine($"zones: usage: zones {Usage}");
        return 64;
    }
}
