using System.IO.Compression;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// The entries of an uploaded zip, read into memory by name. Shapefiles come zipped as a folder as
/// often as flat, and with names in GBK (Windows' zip) as often as UTF-8, so entries are found by
/// extension, never by a fixed name.
/// </summary>
sealed class ZipFile
{
    /// <summary>A zip bomb guard: more than this uncompressed is refused.</summary>
    const long MaxUnpackedBytes = 512L << 20;

    readonly Dictionary<string, byte[]> _entries;

    ZipFile(Dictionary<string, byte[]> entries) => _entries = entries;

    /// <summary>Entry paths, as stored.</summary>
    public IEnumerable<string> Names => _entries.Keys;

    /// <summary>True when the zip is an Office Open XML workbook (an .xlsx), not a zipped Shapefile.</summary>
    public static bool IsWorkbook(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)) &&
                   !zip.Entries.Any(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The zip's files (folders left out), or null after logging why it cannot be opened.</summary>
    public static ZipFile? Open(ReadOnlyMemory<byte> content, ImportLog log)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            var entries = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            foreach (var entry in zip.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')))
            {
                total += entry.Length;
                if (total > MaxUnpackedBytes)
                {
                    log.RejectFile("FILE_TOO_LARGE", $"压缩包解压后超过 {MaxUnpackedBytes >> 20} MB", $"the zip unpacks to more than {MaxUnpackedBytes >> 20} MB");
                    return null;
                }
                using var stream = entry.Open();
                using var copy = new MemoryStream((int)entry.Length);
                stream.CopyTo(copy);
                entries[entry.FullName] = copy.ToArray();
            }
            return new ZipFile(entries);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            log.RejectFile("BAD_ZIP", $"无法打开压缩包（{e.Message}）：请用 Windows 或 7-Zip 重新压缩 .shp、.shx、.dbf、.prj 文件后再导入",
                           $"the zip cannot be opened ({e.Message}): zip the .shp, .shx, .dbf and .prj files again and import that");
            return null;
        }
    }

    /// <summary>The entries whose names end in <paramref name="extension"/> (with the dot), outside macOS's __MACOSX folder.</summary>
    public IEnumerable<string> WithExtension(string extension) =>
        _entries.Keys.Where(n => n.EndsWith(extension, StringComparison.OrdinalIgnoreCase) &&
                                 !n.StartsWith("__MACOSX", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);

    /// <summary>The bytes of the entry beside <paramref name="shp"/> with another extension (same folder and base name), or null.</summary>
    public byte[]? Sibling(string shp, string extension) =>
        _entries.GetValueOrDefault(shp[..^4] + extension);
}
