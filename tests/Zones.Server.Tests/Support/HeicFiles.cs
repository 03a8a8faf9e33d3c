using System.Runtime.InteropServices;

namespace Zones.Server.Tests.Support;

/// <summary>
/// Real HEIC and AVIF files made in the test by libheif's own encoders (x265, libaom — linked into
/// Debian's libheif1), as a phone writes them: the pixels, an Exif item ("Exif\0\0" + TIFF, as iPhones
/// keep it) and optionally an irot/imir orientation. The picture is red on the left half and blue on
/// the right, like <c>TestImages</c>, so a rotation shows where the halves went.
/// </summary>
static class HeicFiles
{
    const string Lib = "libheif.so.1";
    const int CompressionHevc = 1, CompressionAv1 = 4, ColorspaceRgb = 1, ChromaInterleavedRgb = 10, ChannelInterleaved = 10;
    const int EncodingOptionsOrientationOffset = 20, EncodingOptionsOrientationVersion = 5;   // struct heif_encoding_options, 1.15 (x86-64)

    /// <summary>A HEVC-coded HEIF (an iPhone's .HEIC) of <paramref name="width"/> × <paramref name="height"/> stored pixels.</summary>
    /// <param name="orientation">EXIF-style 1–8, written as HEIF irot/imir transformations: the decoded picture is turned by it.</param>
    public static byte[] Heic(int width, int height, byte[]? exifTiff = null, int orientation = 1) =>
        Encode(CompressionHevc, width, height, exifTiff, orientation);

    /// <summary>An AV1-coded HEIF (.avif).</summary>
    public static byte[] Avif(int width, int height, byte[]? exifTiff = null) => Encode(CompressionAv1, width, height, exifTiff, 1);

    static byte[] Encode(int compression, int width, int height, byte[]? exifTiff, int orientation)
    {
        IntPtr ctx = heif_context_alloc(), image = IntPtr.Zero, encoder = IntPtr.Zero, options = IntPtr.Zero, handle = IntPtr.Zero;
        var path = Path.Combine(Path.GetTempPath(), $"zones-test-{Guid.NewGuid():N}.heif");
        try
        {
            Check(heif_image_create(width, height, ColorspaceRgb, ChromaInterleavedRgb, out image));
            Check(heif_image_add_plane(image, ChannelInterleaved, width, height, 8));
            Paint(heif_image_get_plane(image, ChannelInterleaved, out var stride), stride, width, height);
            Check(heif_context_get_encoder_for_format(ctx, compression, out encoder));
            Check(heif_encoder_set_lossy_quality(encoder, 60));
            // Fastest settings: the test wants a valid file, not a small one (names per encoder plugin).
            heif_encoder_set_parameter(encoder, compression == CompressionHevc ? "preset" : "speed", compression == CompressionHevc ? "ultrafast" : "9");
            options = heif_encoding_options_alloc();
            if (orientation != 1)
            {
                Assert.True(Marshal.ReadByte(options) >= EncodingOptionsOrientationVersion, "libheif too old for image_orientation");
                Marshal.WriteInt32(options, EncodingOptionsOrientationOffset, orientation);
            }
            Check(heif_context_encode_image(ctx, image, encoder, options, out handle));
            if (exifTiff is not null)
            {
                byte[] exif = [.. "Exif\0\0"u8, .. exifTiff];
                Check(heif_context_add_exif_metadata(ctx, handle, exif, exif.Length));
            }
            Check(heif_context_write_to_file(ctx, path));
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
            if (handle != IntPtr.Zero) heif_image_handle_release(handle);
            if (options != IntPtr.Zero) heif_encoding_options_free(options);
            if (encoder != IntPtr.Zero) heif_encoder_release(encoder);
            if (image != IntPtr.Zero) heif_image_release(image);
            heif_context_free(ctx);
        }
    }

    static void Paint(IntPtr plane, int stride, int width, int height)
    {
        var row = new byte[width * 3];
        for (var x = 0; x < width; x++)
            (row[3 * x], row[3 * x + 1], row[3 * x + 2]) = x < width / 2 ? ((byte)255, (byte)0, (byte)0) : ((byte)0, (byte)0, (byte)255);
        for (var y = 0; y < height; y++)
            Marshal.Copy(row, 0, plane + y * stride, row.Length);
    }

    [StructLayout(LayoutKind.Sequential)]
    readonly struct HeifError
    {
        public readonly int Code, Subcode;
        public readonly IntPtr Message;
    }

    static void Check(HeifError e) =>
        Assert.True(e.Code == 0, $"libheif: {Marshal.PtrToStringUTF8(e.Message)} ({e.Code}.{e.Subcode})");

    [DllImport(Lib)] static extern IntPtr heif_context_alloc();
    [DllImport(Lib)] static extern void heif_context_free(IntPtr ctx);
    [DllImport(Lib)] static extern HeifError heif_image_create(int width, int height, int colorspace, int chroma, out IntPtr image);
    [DllImport(Lib)] static extern HeifError heif_image_add_plane(IntPtr image, int channel, int width, int height, int bitDepth);
    [DllImport(Lib)] static extern IntPtr heif_image_get_plane(IntPtr image, int channel, out int stride);
    [DllImport(Lib)] static extern void heif_image_release(IntPtr image);
    [DllImport(Lib)] static extern HeifError heif_context_get_encoder_for_format(IntPtr ctx, int format, out IntPtr encoder);
    [DllImport(Lib)] static extern HeifError heif_encoder_set_lossy_quality(IntPtr encoder, int quality);
    [DllImport(Lib)] static extern HeifError heif_encoder_set_parameter(IntPtr encoder, [MarshalAs(UnmanagedType.LPUTF8Str)] string name,
                                                                        [MarshalAs(UnmanagedType.LPUTF8Str)] string value);
    [DllImport(Lib)] static extern void heif_encoder_release(IntPtr encoder);
    [DllImport(Lib)] static extern IntPtr heif_encoding_options_alloc();
    [DllImport(Lib)] static extern void heif_encoding_options_free(IntPtr options);
    [DllImport(Lib)] static extern HeifError heif_context_encode_image(IntPtr ctx, IntPtr image, IntPtr encoder, IntPtr options, out IntPtr handle);
    [DllImport(Lib)] static extern void heif_image_handle_release(IntPtr handle);
    [DllImport(Lib)] static extern HeifError heif_context_add_exif_metadata(IntPtr ctx, IntPtr handle, byte[] data, int size);
    [DllImport(Lib)] static extern HeifError heif_context_write_to_file(IntPtr ctx, [MarshalAs(UnmanagedType.LPUTF8Str)] string path);
}
