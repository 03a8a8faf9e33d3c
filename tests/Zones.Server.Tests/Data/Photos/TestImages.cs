using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Zones.Server.Tests.Data.Photos;

/// <summary>
/// Real images made in the test: Skia draws and encodes them, and <see cref="WithExif"/> writes an
/// APP1 Exif block (orientation, GPS, DateTimeOriginal) into a JPEG by hand, as a phone camera does.
/// </summary>
static class TestImages
{
    /// <summary>A picture whose left half is red and right half blue, so a rotation shows where the halves went.</summary>
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format, int quality = 90)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    /// <summary>The JPEG with an APP1 Exif segment right after SOI holding <see cref="ExifTiff"/>.</summary>
    public static byte[] WithExif(byte[] jpeg, ushort orientation, double lat, double lon, string takenAt)
    {
        var app1 = new List<byte> { 0xFF, 0xE1, 0, 0 };
        app1.AddRange("Exif\0\0"u8.ToArray());
        app1.AddRange(ExifTiff(orientation, lat, lon, takenAt));
        BinaryPrimitives.WriteUInt16BigEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(app1)[2..], (ushort)(app1.Count - 2));
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>
    /// An EXIF TIFF block as a phone writes it: IFD0 (Orientation, GPS IFD, Exif IFD), GPS N/E
    /// degrees-minutes-seconds as RATIONALs, DateTimeOriginal. Big-endian (Motorola) TIFF.
    /// </summary>
    public static byte[] ExifTiff(ushort orientation, double lat, double lon, string takenAt)
    {
        var tiff = new List<byte>();
        void U16(ushort v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, v); tiff.AddRange(b); }
        void U32(uint v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, v); tiff.AddRange(b); }
        void Entry(ushort tag, ushort type, uint count, uint value) { U16(tag); U16(type); U32(count); U32(value); }
        // Layout: header 8 | IFD0 (3 entries) 2+36+4=42 → 50 | GPS IFD (4 entries) 2+48+4=54 → 104 |
        // Exif IFD (1 entry) 2+12+4=18 → 122 | lat 24 → 146 | lon 24 → 170 | date 20 → 190
        tiff.AddRange("MM"u8.ToArray()); U16(42); U32(8);
        U16(3); Entry(0x0112, 3, 1, (uint)orientation << 16); Entry(0x8825, 4, 1, 50); Entry(0x8769, 4, 1, 104); U32(0);
        U16(4);
        Entry(1, 2, 2, lat >= 0 ? (uint)'N' << 24 : (uint)'S' << 24); Entry(2, 5, 3, 122);
        Entry(3, 2, 2, lon >= 0 ? (uint)'E' << 24 : (uint)'W' << 24); Entry(4, 5, 3, 146); U32(0);
        U16(1); Entry(0x9003, 2, 20, 170); U32(0);
        foreach (var v in new[] { Math.Abs(lat), Math.Abs(lon) })
        {
            var (d, rest) = ((uint)v, (v - (uint)v) * 60);
            U32(d); U32(1); U32((uint)rest); U32(1); U32((uint)Math.Round((rest - (uint)rest) * 60 * 10000)); U32(10000);
        }
        tiff.AddRange(Encoding.ASCII.GetBytes(takenAt + "\0"));
        return [.. tiff];
    }

    /// <summary>The start of an iPhone HEIC file: an ISO-BMFF 'ftyp' box with the heic brand.</summary>
    public static byte[] HeicHeader() => [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, 0, 0, 0, 0];

    /// <summary>The colour of the pixel at (<paramref name="x"/>, <paramref name="y"/>) of an encoded image.</summary>
    public static SKColor PixelAt(byte[] image, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(image);
        return bitmap.GetPixel(x, y);
    }

    /// <summary>Whether the JPEG carries an Exif block anywhere (APP1 "Exif\0\0").</summary>
    public static bool ContainsExif(byte[] file) => file.AsSpan().IndexOf("Exif\0\0"u8) >= 0;
}
