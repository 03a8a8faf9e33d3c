using System.Text.RegularExpressions;
using Npgsql;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Data.Photos;

/// <summary>What one sweep of the photo folder found and removed; <see cref="Skipped"/> when another instance was sweeping.</summary>
public sealed record PhotoSweepResult(int Examined, int Deleted, bool Skipped = false);

/// <summary>
/// Removes the files of the photo folder that no row references: those of transactions that rolled back after
/// <see cref="PhotoFolder.SaveAsync"/> (an upload refused later in its transaction, a folded report retried),
/// and temp files of writes cut off by a crash. Run daily by <see cref="PhotoSweepService"/> and by
/// <c>zones photos sweep</c>.
/// </summary>
/// <remarks>
/// Never deletes a referenced file: a photo file or thumbnail goes only when no row has its key, asked of the
/// primary (never a standby, which may not have the row yet). Only files younger than <c>minAge</c> could still
/// belong to a transaction in flight, so the server sweeps files a day old. Only names the server writes are
/// touched: anything else an operator puts into the folder stays. One instance sweeps at a time (a session
/// advisory lock); another skips.
/// </remarks>
public sealed partial class PhotoSweeper(NpgsqlDataSource db, PhotoFolder folder, TimeProvider clock)
{
    /// <summary>How old an unreferenced file must be before the server's daily sweep removes it.</summary>
    public static readonly TimeSpan DefaultMinAge = TimeSpan.FromDays(1);

    const int Batch = 1000;

    const string LockSql = "SELECT pg_try_advisory_lock(hashtext('zones.photo_sweep'))";
    const string UnlockSql = "SELECT pg_advisory_unlock(hashtext('zones.photo_sweep'))";

    // The keys travel as (township, key) pairs, so the lookup uses the (township_code, file_key) index of 0032.
    const string ReferencedSql = """
        SELECT p.file_key
        FROM unnest($1::text[], $2::text[]) k (township_code, file_key)
        JOIN zones.complaint_photo p ON p.township_code = k.township_code AND p.file_key = k.file_key
        """;

    /// <summary>Deletes the unreferenced photo files (and stale temp files) at least <paramref name="minAge"/> old.</summary>
    public async Task<PhotoSweepResult> SweepAsync(TimeSpan minAge, CancellationToken ct)
    {
        if (!folder.Configured || !Directory.Exists(folder.Root))
            return new PhotoSweepResult(0, 0);
        await using var conn = await db.OpenConnectionAsync(ct);
        if (!await ScalarAsync<bool>(conn, LockSql, ct))
            return new PhotoSweepResult(0, 0, Skipped: true);
        try
        {
            var (examined, deleted) = (0, 0);
            foreach (var chunk in Candidates(clock.GetUtcNow() - minAge).Chunk(Batch))
            {
                examined += chunk.Length;
                var referenced = await ReferencedAsync(conn, chunk.Where(c => c.Key is not null).Select(c => c.Key!).Distinct().ToList(), ct);
                foreach (var file in chunk.Where(c => c.Key is null || !referenced.Contains(c.Key)))
                    deleted += Delete(file.Path) ? 1 : 0;
            }
            return new PhotoSweepResult(examined, deleted);
        }
        finally
        {
            await ScalarAsync<bool>(conn, UnlockSql, CancellationToken.None);
        }
    }

    /// <summary>A file the server wrote, with the key of its row (null for a temp file, which no row ever names).</summary>
    sealed record Candidate(string Path, string? Key);

    IEnumerable<Candidate> Candidates(DateTimeOffset writtenBefore)
    {
        var root = folder.Root;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var path in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            var m = FileName().Match(relative);
            if (!m.Success || File.GetLastWriteTimeUtc(path) > writtenBefore.UtcDateTime)
                continue;
            yield return new Candidate(path, m.Groups["temp"].Success ? null : $"{m.Groups["dir"].Value}/{m.Groups["name"].Value}.jpg");
        }
    }

    static async Task<HashSet<string>> ReferencedAsync(NpgsqlConnection conn, List<string> keys, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, null, ReferencedSql, Sql.P(keys.Select(k => k[..k.IndexOf('/')]).ToArray()), Sql.P(keys.ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
            referenced.Add(reader.GetString(0));
        return referenced;
    }

    // Another instance (or a second sweep) may have removed it meanwhile: that is the same outcome.
    static bool Delete(string path)
    {
        try
        {
            if (!File.Exists(path))
                return false;
            File.Delete(path);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }

    static async Task<T> ScalarAsync<T>(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }

    // <township>/<yyyy>/<MM>/<hex>.jpg, <hex>.thumb.jpg, or a temp file .<hex>[.thumb].jpg.<hex8>.tmp (PhotoFolder).
    [GeneratedRegex(@"^(?<dir>[0-9A-Za-z_-]+/[0-9]{4}/[0-9]{2})/(?<temp>\.)?(?<name>[0-9a-f]{32})(\.thumb)?\.jpg(?(temp)\.[0-9a-f]{8}\.tmp|)$")]
    private static partial Regex FileName();
}
