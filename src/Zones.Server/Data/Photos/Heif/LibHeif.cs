using System.Runtime.InteropServices;

namespace Zones.Server.Data.Photos.Heif;

/// <summary>
/// The few calls of libheif's C API (<c>libheif/heif.h</c>, 1.15 — Debian 12's <c>libheif1</c>) that
/// decoding a phone photo needs. libheif decodes HEVC through libde265 and AV1 through dav1d/libaom,
/// both linked into Debian's build, so HEIC and AVIF are the same calls.
/// </summary>
/// <remarks>
/// The soname, not <c>libheif.so</c>: that link only comes with the -dev package, which a server does
/// not install. Every call returning <see cref="HeifError"/> must be checked; pointers handed out by
/// libheif are released by the matching *_release / *_free call.
/// </remarks>
static class LibHeif
{
    public const string Library = "libheif.so.1";

    // enum heif_colorspace / heif_chroma / heif_channel / heif_error_code (heif.h)
    public const int ColorspaceRgb = 1;
    public const int ChromaInterleavedRgba = 11;
    public const int ChannelInterleaved = 10;
    public const int ErrorOk = 0, ErrorUnsupportedFiletype = 3, ErrorUnsupportedFeature = 4;
    public const int SuberrorSecurityLimitExceeded = 1000;

    /// <summary><c>struct heif_error { enum code; enum subcode; const char* message; }</c>, returned by value.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public readonly struct HeifError
    {
        public readonly int Code;
        public readonly int Subcode;
        readonly IntPtr _message;

        public bool Ok => Code == ErrorOk;

        /// <summary>libheif's own text ("is always defined", heif.h), e.g. "Invalid input: No 'ftyp' box".</summary>
        public string Message => Marshal.PtrToStringUTF8(_message) ?? $"libheif error {Code}.{Subcode}";
    }

    [DllImport(Library)] public static extern IntPtr heif_context_alloc();
    [DllImport(Library)] public static extern void heif_context_free(IntPtr ctx);

    /// <summary>Largest width and height of every image item the context will read (checked while parsing; default 32768).</summary>
    [DllImport(Library)] public static extern void heif_context_set_maximum_image_size_limit(IntPtr ctx, int maximumWidth);

    /// <summary>The memory must stay valid (pinned) until <see cref="heif_context_free"/>.</summary>
    [DllImport(Library)]
    public static extern HeifError heif_context_read_from_memory_without_copy(IntPtr ctx, IntPtr mem, nuint size, IntPtr readingOptions);

    [DllImport(Library)] public static extern HeifError heif_context_get_primary_image_handle(IntPtr ctx, out IntPtr handle);
    [DllImport(Library)] public static extern void heif_image_handle_release(IntPtr handle);

    /// <summary>Width and height after the file's transformations (rotation, mirroring, crop), as decoded.</summary>
    [DllImport(Library)] public static extern int heif_image_handle_get_width(IntPtr handle);
    [DllImport(Library)] public static extern int heif_image_handle_get_height(IntPtr handle);
    [DllImport(Library)] public static extern int heif_image_handle_has_alpha_channel(IntPtr handle);

    [DllImport(Library)]
    public static extern int heif_image_handle_get_number_of_metadata_blocks(IntPtr handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string typeFilter);

    [DllImport(Library)]
    public static extern int heif_image_handle_get_list_of_metadata_block_IDs(IntPtr handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string typeFilter,
                                                                             [Out] uint[] ids, int count);

    [DllImport(Library)] public static extern nuint heif_image_handle_get_metadata_size(IntPtr handle, uint metadataId);
    [DllImport(Library)] public static extern HeifError heif_image_handle_get_metadata(IntPtr handle, uint metadataId, [Out] byte[] data);

    /// <summary>Decodes and applies the file's transformations (decoding options null = defaults).</summary>
    [DllImport(Library)]
    public static extern HeifError heif_decode_image(IntPtr handle, out IntPtr image, int colorspace, int chroma, IntPtr decodingOptions);

    [DllImport(Library)] public static extern int heif_image_get_width(IntPtr image, int channel);
    [DllImport(Library)] public static extern int heif_image_get_height(IntPtr image, int channel);
    [DllImport(Library)] public static extern IntPtr heif_image_get_plane_readonly(IntPtr image, int channel, out int stride);
    [DllImport(Library)] public static extern void heif_image_release(IntPtr image);
}
