using System.Buffers.Binary;
using System.Globalization;

namespace Zones.Server.Data.Photos;

/// <summary>What a photo's EXIF says about where and when it was taken.</summary>
public sealed record ExifFacts(double? Lon, double? Lat, DateTimeOffset? TakenAt)
{
    public static readonly ExifFacts None = new(null, null, null);
}

/// <summary>
/// Reads the GPS position and DateTimeOriginal from a JPEG's APP1 Exif segment (or a HEIF's Exif item,
/// <see cref="ReadTiff"/>): a TIFF structure
/// (CIPA DC-008, Exif 2.32 §4.5–4.6) with IFD0 → GPS IFD (tag 0x8825) and Exif IFD (tag 0x8769).
/// Skia's codec applies the orientation but does not expose these tags, hence this small reader.
/// </summary>
/// <remarks>
/// Never throws: a malformed or truncated block yields <see cref="ExifFacts.None"/> (or the parts it
/// could read), because the location is only offered, never required. Phones write GPS in WGS84.
/// A 0/0 position is what some cameras write without a fix, so it counts as none.
/// </remarks>
public static class ExifReader
{
    const ushort GpsIfdTag = 0x8825, ExifIfdTag = 0x8769;
    const ushort LatRefTag = 1, LatTag = 2, LonRefTag = 3, LonTag = 4;
    const ushort DateTimeOriginalTag = 0x9003, OffsetTimeOriginalTag = 0x9011;

    // Camera clocks keep local time; without OffsetTimeOriginal the photo is taken to be Chinese
    // standard time (UTC+8, no daylight saving), where Zones runs.
    static readonly TimeSpan DefaultOffset = TimeSpan.FromHours(8);

    /// <summary>The EXIF facts of a JPEG upload; none for other formats or when there is no Exif segment.</summary>
    public static ExifFacts Read(ReadOnlySpan<byte> file) =>
        FindExifTiff(file) is { } tiff ? ReadTiff(tiff) : ExifFacts.None;

    // JPEG markers up to the start of scan: FF D8, then FF xx + big-endian length segments.
    static byte[]? FindExifTiff(ReadOnlySpan<byte> f)
    {
        if (f.Length < 4 || f[0] != 0xFF || f[1] != 0xD8)
            return null;
        var pos = 2;
        while (pos + 4 <= f.Length && f[pos] == 0xFF)
        {
            var marker = f[pos + 1];
            if (marker is 0xDA or 0xD9)
                return null;
            var length = BinaryPrimitives.ReadUInt16BigEndian(f[(pos + 2)..]);
            if (length < 2 || pos + 2 + length > f.Length)
                return null;
            var segment = f.Slice(pos + 4, length - 2);
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
                return segment[6..].ToArray();
            pos += 2 + length;
        }
        return null;
    }

    /// <summary>The EXIF facts of a bare TIFF block (what a HEIF Exif item holds after its offset); never throws.</summary>
    public static ExifFacts ReadTiff(byte[] t)
    {
        try
        {
            var tiff = new Tiff(t);
            if (!tiff.Valid)
                return ExifFacts.None;
            var ifd0 = tiff.U32(4);
            var (lon, lat) = tiff.Find(ifd0, GpsIfdTag) is { } gps ? Position(tiff, tiff.U32(gps + 8)) : (null, null);
            var taken = tiff.Find(ifd0, ExifIfdTag) is { } exif ? TakenAt(tiff, tiff.U32(exif + 8)) : null;
            return new ExifFacts(lon, lat, taken);
        }
        catch (ArgumentOutOfRangeException)
        {
            return ExifFacts.None;   // an offset pointing outside the block
        }
    }

    static (double?, double?) Position(Tiff t, uint gpsIfd)
    {
        var lat = Degrees(t, gpsIfd, LatTag, LatRefTag, 'S');
        var lon = Degrees(t, gpsIfd, LonTag, LonRefTag, 'W');
        if (lat is not { } la || lon is not { } lo || Math.Abs(la) > 90 || Math.Abs(lo) > 180 || (la == 0 && lo == 0))
            return (null, null);
        return (lo, la);
    }

    // Three RATIONALs (degrees, minutes, seconds) at an offset; the reference letter is inline ASCII.
    static double? Degrees(Tiff t, uint ifd, ushort valueTag, ushort refTag, char negative)
    {
        if (t.Find(ifd, valueTag) is not { } e || t.U16(e + 2) != 5 || t.U32(e + 4) != 3)
            return null;
        var at = t.U32(e + 8);
        var value = Rational(t, at) + Rational(t, at + 8) / 60 + Rational(t, at + 16) / 3600;
        if (double.IsNaN(value))
            return null;
        var sign = t.Find(ifd, refTag) is { } r && (char)t.Byte(r + 8) == negative ? -1 : 1;
        return sign * value;
    }

    static double Rational(Tiff t, uint at) =>
        t.U32(at + 4) is var den and not 0 ? t.U32(at) / (double)den : double.NaN;

    static DateTimeOffset? TakenAt(Tiff t, uint exifIfd)
    {
        if (t.Ascii(exifIfd, DateTimeOriginalTag) is not { } text
            || !DateTime.TryParseExact(text, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return null;
        var offset = t.Ascii(exifIfd, OffsetTimeOriginalTag) is { } o
                     && TimeSpan.TryParseExact(o.TrimStart('+'), @"hh\:mm", CultureInfo.InvariantCulture, out var parsed)
            ? (o.StartsWith('-') ? -parsed : parsed)
            : DefaultOffset;
        return new DateTimeOffset(local, offset);
    }

    /// <summary>A TIFF block in either byte order; every read is bounds-checked by the span indexer.</summary>
    sealed class Tiff(byte[] b)
    {
        readonly bool _little = b.Length >= 8 && b[0] == 'I' && b[1] == 'I';

        public bool Valid => b.Length >= 8 && (_little || (b[0] == 'M' && b[1] == 'M')) && U16(2) == 42;

        public byte Byte(uint at) => at < b.Length ? b[at] : throw new ArgumentOutOfRangeException(nameof(at));

        public ushort U16(uint at) => _little
            ? BinaryPrimitives.ReadUInt16LittleEndian(Slice(at, 2))
            : BinaryPrimitives.ReadUInt16BigEndian(Slice(at, 2));

        public uint U32(uint at) => _little
            ? BinaryPrimitives.ReadUInt32LittleEndian(Slice(at, 4))
            : BinaryPrimitives.ReadUInt32BigEndian(Slice(at, 4));

        /// <summary>The offset of the 12-byte entry of <paramref name="tag"/> in the IFD at <paramref name="ifd"/>, or null.</summary>
        public uint? Find(uint ifd, ushort tag)
        {
            var count = U16(ifd);
            for (uint i = 0; i < count; i++)
                if (U16(ifd + 2 + 12 * i) == tag)
                    return ifd + 2 + 12 * i;
            return null;
        }

        /// <summary>An ASCII value (inline when ≤ 4 bytes, else at its offset), without the trailing NUL.</summary>
        public string? Ascii(uint ifd, ushort tag)
        {
            if (Find(ifd, tag) is not { } e || U16(e + 2) != 2)
                return null;
            var count = U32(e + 4);
            var at = count <= 4 ? e + 8 : U32(e + 8);
            return System.Text.Encoding.ASCII.GetString(Slice(at, count)).TrimEnd('\0', ' ');
        }

        ReadOnlySpan<byte> Slice(uint at, uint length) =>
            at <= b.Length && length <= b.Length - at ? b.AsSpan((int)at, (int)length) : throw new ArgumentOutOfRangeException(nameof(at));
    }
}
