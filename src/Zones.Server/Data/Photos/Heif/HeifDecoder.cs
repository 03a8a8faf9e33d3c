using System.Buffers.Binary;
using SkiaSharp;
using static Zones.Server.Data.Photos.Heif.LibHeif;

namespace Zones.Server.Data.Photos.Heif;

/// <summary>
/// Decodes a HEIF upload — HEIC from iPhones and many Android phones, also AVIF — with libheif
/// (<see cref="LibHeif"/>), since SkiaSharp's Linux build cannot: the primary image as RGBA pixels,
/// upright, and what its Exif block says about where and when it was taken.
/// </summary>
/// <remarks>
/// Orientation: libheif applies the file's transformations (irot / imir / clap) while decoding, which
/// the HEIF standard makes normative for display. iPhones write an EXIF Orientation as well (6 for an
/// upright portrait shot), describing the same rotation: applying it again would turn every portrait
/// photo sideways, so the caller must take the pixels as they come and ignore the EXIF orientation.
/// </remarks>
static class HeifDecoder
{
    /// <summary>
    /// Widest and tallest image item a file may declare — the primary image, its grid tiles, its alpha and
    /// depth images, thumbnails — checked by libheif while parsing. Only the primary's size is checked
    /// against MaxPixels, but libheif decodes an alpha image with it: this bounds what such an image can
    /// claim. 20,000 px is above every phone photo and panorama within the pixel limit.
    /// </summary>
    public const int MaxDeclaredSide = 20_000;

    // The Exif block of a phone is a few KB; more is not a camera's, and a location is only offered.
    const int MaxExifBytes = 1 << 20;

    // ISO BMFF brands of still HEIF images (ISO/IEC 23008-12 Annex B) and of AVIF (AV1 Image File Format §9).
    static readonly string[] Brands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis"];

    /// <summary>Whether the file is an ISO BMFF whose 'ftyp' box names a HEIF or AVIF brand, major or compatible.</summary>
    public static bool Recognises(ReadOnlySpan<byte> file)
    {
        if (file.Length < 16 || !file.Slice(4, 4).SequenceEqual("ftyp"u8))
            return false;
        var boxEnd = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(file), (uint)Math.Min(file.Length, 256));
        for (var at = 8; at + 4 <= boxEnd; at += at == 8 ? 8 : 4)   // major brand, minor version, compatible brands
            if (Brands.Contains(System.Text.Encoding.ASCII.GetString(file.Slice(at, 4))))
                return true;
        return false;
    }

    /// <summary>
    /// Reads <paramref name="file"/>, lets <paramref name="checkSize"/> refuse the width × height the file
    /// declares before a pixel is decoded, decodes, and hands the upright pixels and EXIF facts to
    /// <paramref name="use"/>. The bitmap lives in libheif's memory: it is gone once this returns.
    /// Any image item wider or taller than <paramref name="maxSide"/> is refused while the file is parsed.
    /// </summary>
    /// <exception cref="PhotoRejected">Damaged, truncated or of a kind libheif cannot decode (or from <paramref name="checkSize"/>).</exception>
    /// <exception cref="DllNotFoundException">libheif is not installed.</exception>
    public static unsafe T Decode<T>(ReadOnlySpan<byte> file, Action<int, int> checkSize, Func<SKBitmap, ExifFacts, T> use,
                                   int maxSide = MaxDeclaredSide)
    {
        IntPtr ctx = IntPtr.Zero, handle = IntPtr.Zero, image = IntPtr.Zero;
        fixed (byte* bytes = file)
        {
            try
            {
                ctx = heif_context_alloc();
                if (ctx == IntPtr.Zero)
                    throw Damaged("libheif could not allocate a context");
                heif_context_set_maximum_image_size_limit(ctx, maxSide);
                Check(heif_context_read_from_memory_without_copy(ctx, (IntPtr)bytes, (nuint)file.Length, IntPtr.Zero));
                Check(heif_context_get_primary_image_handle(ctx, out handle));
                var (width, height) = (heif_image_handle_get_width(handle), heif_image_handle_get_height(handle));
                if (width <= 0 || height <= 0)
                    throw Damaged($"declared size {width}×{height}");
                checkSize(width, height);
                var exif = Exif(handle);
                var alpha = heif_image_handle_has_alpha_channel(handle) != 0;
                Check(heif_decode_image(handle, out image, ColorspaceRgb, ChromaInterleavedRgba, IntPtr.Zero));
                var pixels = heif_image_get_plane_readonly(image, ChannelInterleaved, out var stride);
                var info = new SKImageInfo(heif_image_get_width(image, ChannelInterleaved), heif_image_get_height(image, ChannelInterleaved),
                                           SKColorType.Rgba8888, alpha ? SKAlphaType.Unpremul : SKAlphaType.Opaque);
                using var bitmap = new SKBitmap();
                if (pixels == IntPtr.Zero || info.Width <= 0 || info.Height <= 0 || stride < info.RowBytes || !bitmap.InstallPixels(info, pixels, stride))
                    throw Damaged("no decoded pixels");
                bitmap.SetImmutable();   // lets Skia draw from libheif's buffer instead of copying it
                return use(bitmap, exif);
            }
            finally
            {
                if (image != IntPtr.Zero) heif_image_release(image);
                if (handle != IntPtr.Zero) heif_image_handle_release(handle);
                if (ctx != IntPtr.Zero) heif_context_free(ctx);
            }
        }
    }

    /// <summary>The GPS position and time of the first Exif block; none when absent or unreadable (never throws).</summary>
    static ExifFacts Exif(IntPtr handle)
    {
        var ids = new uint[1];
        if (heif_image_handle_get_number_of_metadata_blocks(handle, "Exif") < 1
            || heif_image_handle_get_list_of_metadata_block_IDs(handle, "Exif", ids, 1) < 1)
            return ExifFacts.None;
        var size = heif_image_handle_get_metadata_size(handle, ids[0]);
        if (size < 4 + 8 || size > MaxExifBytes)
            return ExifFacts.None;
        var block = new byte[(int)size];
        if (!heif_image_handle_get_metadata(handle, ids[0], block).Ok)
            return ExifFacts.None;
        // ISO/IEC 23008-12 Annex A.2.1: a 32-bit big-endian offset to the TIFF header ("MM"/"II"),
        // usually 6 to skip an "Exif\0\0" that phones keep from the JPEG habit, or 0.
        var offset = BinaryPrimitives.ReadUInt32BigEndian(block);
        return offset <= (uint)block.Length - 4 - 8 ? ExifReader.ReadTiff(block[(4 + (int)offset)..]) : ExifFacts.None;
    }

    static void Check(HeifError e)
    {
        if (!e.Ok)
            throw e switch
            {
                { Subcode: SuberrorSecurityLimitExceeded } => TooLarge(e.Message),
                { Code: ErrorUnsupportedFiletype or ErrorUnsupportedFeature } => Unsupported(e.Message),
                _ => Damaged(e.Message),
            };
    }

    static PhotoRejected Damaged(string why) =>
        new($"照片文件已损坏或不完整，请重新拍摄或换一张。The HEIC/HEIF photo is damaged or incomplete ({why}): take it again or choose another one.");

    static PhotoRejected TooLarge(string why) =>
        new($"照片尺寸过大，服务器不予处理，请缩小后或换一张再上传。The HEIC/HEIF photo declares an image too large to decode ({why.TrimEnd()}).");

    static PhotoRejected Unsupported(string why) =>
        new($"暂不能读取这张 HEIC/HEIF 照片使用的编码。请在手机相机设置中选择“兼容性最佳”，或上传 JPG。" +
            $"This HEIC/HEIF photo uses a coding the server cannot decode ({why}): set the camera to \"Most Compatible\" or upload a JPG.");
}
