using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Zones.Server.Data.Photos;

/// <summary>
/// Photo files under <see cref="PhotoOptions.Folder"/> (migration 0032): the JPEG at
/// <c>&lt;township&gt;/&lt;yyyy&gt;/&lt;MM&gt;/&lt;128-bit random hex&gt;.jpg</c> and its thumbnail beside it as
/// <c>….thumb.jpg</c>; the row's <c>file_key</c> is the JPEG's relative path. Random names never collide
/// (two uploads in one second, two instances on one NAS) and cannot be guessed from a photo id, so the
/// folder itself shares no photo with someone who may not see the case.
/// </summary>
/// <remarks>
/// A file is written before its row (temp file in the same folder, fsync, atomic rename, fsync of the folder),
/// so a committed row never points at a half-written or lost file after a crash. A transaction that rolls
/// back leaves its files behind: <see cref="PhotoSweeper"/> removes them once they are a day old.
/// </remarks>
public sealed partial class PhotoFolder(PhotoOptions options)
{
    /// <summary>The setting's name as an operator sets it (environment variable).</summary>
    public const string Setting = "Zones__Photos__Folder";

    /// <summary>Whether new photos go to the folder (else into PostgreSQL).</summary>
    public bool Configured => !string.IsNullOrWhiteSpace(options.Folder);

    /// <summary>The folder's absolute path (only when <see cref="Configured"/>).</summary>
    public string Root => Path.GetFullPath(options.Folder);

    /// <summary>The key of a photo file: township, year and month (UTC) of <paramref name="at"/>, and a fresh random name.</summary>
    public static string NewKey(string townshipCode, DateTimeOffset at) =>
        IsTownship().IsMatch(townshipCode)
            ? $"{townshipCode}/{at.UtcDateTime:yyyy}/{at.UtcDateTime:MM}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.jpg"
            : throw new ArgumentException($"township code '{townshipCode}' is not a folder name", nameof(townshipCode));

    /// <summary>The thumbnail's key beside the JPEG's.</summary>
    public static string ThumbnailOf(string key) => key[..^".jpg".Length] + ".thumb.jpg";

    /// <summary>Whether <paramref name="key"/> has the form 0032 allows (so it cannot leave the folder).</summary>
    public static bool IsKey(string key) => KeyForm().IsMatch(key);

    /// <summary>Writes a photo and its thumbnail durably under a new key and returns the key.</summary>
    public async Task<string> SaveAsync(string townshipCode, byte[] jpeg, byte[] thumbnail, DateTimeOffset at, CancellationToken ct)
    {
        var key = NewKey(townshipCode, at);
        var path = PathOf(key);
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(dir);
        await WriteDurablyAsync(PathOf(ThumbnailOf(key)), thumbnail, ct);
        await WriteDurablyAsync(path, jpeg, ct);
        FlushDirectory(dir);
        return key;
    }

    /// <summary>The bytes of a photo (or its thumbnail) stored under <paramref name="key"/>; null when the file is not there.</summary>
    public async Task<byte[]?> ReadAsync(string key, bool thumbnail, CancellationToken ct)
    {
        if (!Configured || !IsKey(key))
            return null;
        try
        {
            return await File.ReadAllBytesAsync(PathOf(thumbnail ? ThumbnailOf(key) : key), ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The absolute path of a key (keys use '/', whatever the platform).</summary>
    public string PathOf(string key) => Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Refuses to go on when the folder is set but unusable: not absolute, cannot be created, or a probe file
    /// cannot be written and deleted. Run at start and by the CLI, so the first upload never fails on it.
    /// </summary>
    /// <exception cref="StartupException">Names the setting and the reason, zh-CN first.</exception>
    public void EnsureUsable()
    {
        if (!Configured)
            return;
        if (Problem(options.Folder) is var (zh, en))
            throw new StartupException(
                $"{Setting}（Zones:Photos:Folder）=“{options.Folder}”：照片文件夹不可用，{zh}。请建好该文件夹并让运行 Zones 的用户可写，" +
                $"或清空该设置、把照片存在数据库里。The photo folder {Setting}=\"{options.Folder}\" is not usable: {en} " +
                "Create it writable for the user running Zones, or leave the setting empty to keep photos in PostgreSQL.");
    }

    /// <summary>Why the folder is not usable, in zh-CN and English; null when it is.</summary>
    static (string Zh, string En)? Problem(string folder)
    {
        // A service's working directory differs between systemd, docker and a shell: a relative folder would move.
        if (!Path.IsPathFullyQualified(folder))
            return ("须为绝对路径", "it must be an absolute path.");
        var (zh, en) = ("无法创建该文件夹", "it cannot be created");
        try
        {
            Directory.CreateDirectory(folder);
            (zh, en) = ("无法在其中写入并删除测试文件", "a probe file cannot be written and deleted in it");
            var probe = Path.Combine(folder, $".zones-probe-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}");
            File.WriteAllBytes(probe, [0x5a]);
            File.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            return ($"{zh}（运行 Zones 的用户没有写权限）", $"{en} (no write permission): {e.Message}");
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException)
        {
            return ($"{zh}（上级路径不存在或不是文件夹、只读或磁盘已满）", $"{en}: {e.Message}");
        }
    }

    // The temp name starts with a dot and ends in .tmp (PhotoSweeper's TempName), so a crash mid-write leaves a
    // file the sweep recognises, and nothing ever reads a final name before its bytes are on disk.
    static async Task WriteDurablyAsync(string path, byte[] bytes, CancellationToken ct)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!,
                                $".{Path.GetFileName(path)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.tmp");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await file.WriteAsync(bytes, ct);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: false);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    // The rename is durable only once the folder's entry is on disk: fsync the directory (POSIX; .NET opens
    // no directory handles). Elsewhere the rename is left to the file system.
    static void FlushDirectory(string dir)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return;
        var fd = Open(dir, 0 /* O_RDONLY */);
        if (fd < 0)
            return;
        Fsync(fd);
        Close(fd);
    }

    // DllImport, not LibraryImport: the generated string marshalling would need unsafe blocks for three calls.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "open")]
    static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync")]
    static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    static extern int Close(int fd);
#pragma warning restore SYSLIB1054

    [GeneratedRegex("^[0-9A-Za-z_-]+$")]
    private static partial Regex IsTownship();

    // The same pattern as migration 0032's CHECK.
    [GeneratedRegex("^[0-9A-Za-z_-]+/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\\.jpg$")]
    private static partial Regex KeyForm();
}
