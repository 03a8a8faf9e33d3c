using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;
using Zones.Server.Data.Photos.Heif;

namespace Zones.Server.Data.Photos;

/// <summary>
/// Turns an upload (JPEG, PNG, WebP, GIF, BMP through Skia; HEIC/HEIF and AVIF through libheif) into
/// what the server stores: an upright JPEG with the longest side ≤ 2048 px and a 320 px thumbnail.
/// Re-encoding is what strips the metadata: Skia's JPEG encoder writes pixels and a JFIF header only,
/// so no EXIF (GPS, camera serial, time) reaches anyone who sees the photo. The EXIF position and time
/// are read from the upload first (<see cref="ExifReader"/>) and returned beside the pixels.
/// </summary>
/// <remarks>Thread-safe (no state); one singleton serves every request.</remarks>
public sealed class PhotoEncoder(PhotoOptions options, ILogger<PhotoEncoder>? log = null)
{
    public const int MaxSide = 2048;
    public const int ThumbnailSide = 320;

    readonly ILogger _log = log ?? NullLogger<PhotoEncoder>.Instance;

    /// <summary>Decodes, turns upright, shrinks and re-encodes <paramref name="upload"/>.</summary>
    /// <exception cref="PhotoRejected">Empty, too large, not an image, an undecodable format or too many pixels.</exception>
    public EncodedPhoto Encode(ReadOnlySpan<byte> upload)
    {
        CheckSize(upload.Length);
        if (HeifDecoder.Recognises(upload))
            return EncodeHeif(upload);
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data) ?? throw Undecodable();
        CheckPixels(codec.Info.Width, codec.Info.Height);
        using var decoded = Decode(codec) ?? throw Undecodable();
        return Finish(decoded, codec.EncodedOrigin, ExifReader.Read(upload));
    }

    // libheif hands over pixels already upright (see HeifDecoder): no EXIF orientation on top.
    EncodedPhoto EncodeHeif(ReadOnlySpan<byte> upload)
    {
        try
        {
            return HeifDecoder.Decode(upload, CheckPixels, (pixels, exif) => Finish(pixels, SKEncodedOrigin.TopLeft, exif));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _log.LogError(e, "A HEIC/HEIF photo was refused: the server needs the libheif1 package (libheif.so.1, 1.15 or later) to decode it.");
            throw new PhotoRejected("暂不能读取 HEIC/HEIF 格式的照片。请在手机设置中选择\"兼容性最佳\"或上传 JPG。" +
                                    "HEIC/HEIF photos cannot be read here: set the camera to \"Most Compatible\" or upload a JPG.");
        }
    }

    EncodedPhoto Finish(SKBitmap decoded, SKEncodedOrigin origin, ExifFacts exif)
    {
        using var upright = Draw(decoded, origin, MaxSide);
        using var thumbnail = Draw(upright, SKEncodedOrigin.TopLeft, ThumbnailSide);
        return new EncodedPhoto(Jpeg(upright), upright.Width, upright.Height, Jpeg(thumbnail), exif.Lon, exif.Lat, exif.TakenAt);
    }

    // The size a file declares, refused before a pixel is decoded (decompression bombs).
    void CheckPixels(int width, int height)
    {
        if ((long)width * height > options.MaxPixels)
            throw new PhotoRejected($"照片像素过多（{width}×{height}），上限 {options.MaxPixels / 1_000_000} 百万像素，请缩小后再上传。" +
                                    $"The photo has too many pixels ({width}×{height}); the limit is {options.MaxPixels / 1_000_000} MP.");
    }

    /// <summary>Refuses an upload of <paramref name="bytes"/> before reading it when it is empty or over the byte limit.</summary>
    /// <exception cref="PhotoRejected">Empty or over <see cref="PhotoOptions.MaxBytes"/>.</exception>
    public void CheckSize(long bytes)
    {
        if (bytes == 0)
            throw new PhotoRejected("照片是空文件，请重新拍摄或选择。The photo is an empty file.");
        if (bytes > options.MaxBytes)
            throw new PhotoRejected($"照片 {Mb(bytes)} 超过 {Mb(options.MaxBytes)} 的上限，请压缩后或改用较低分辨率重新上传。" +
                                    $"The photo ({Mb(bytes)}) is larger than the limit of {Mb(options.MaxBytes)}.");
    }

    // JPEG decodes at 1/2, 1/4 or 1/8 scale for free: ask for the smallest scale that is still at
    // least MaxSide on the longest side, so a 48 MP photo never occupies 190 MB of pixels.
    static SKBitmap? Decode(SKCodec codec)
    {
        var full = codec.Info.Size;
        var longest = Math.Max(full.Width, full.Height);
        var scaled = longest > MaxSide ? codec.GetScaledDimensions((float)MaxSide / longest) : full;
        if (Math.Max(scaled.Width, scaled.Height) < MaxSide && longest > MaxSide)
            scaled = full;
        var bitmap = new SKBitmap(new SKImageInfo(scaled.Width, scaled.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) == SKCodecResult.Success)
            return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>The picture turned upright (EXIF orientation), shrunk to fit <paramref name="maxSide"/>, on white (PNG transparency).</summary>
    static SKBitmap Draw(SKBitmap source, SKEncodedOrigin origin, int maxSide)
    {
        var (w, h) = (source.Width, source.Height);
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (uw, uh) = swaps ? (h, w) : (w, h);
        var scale = Math.Min(1.0, (double)maxSide / Math.Max(uw, uh));
        var (tw, th) = (Math.Max(1, (int)Math.Round(uw * scale)), Math.Max(1, (int)Math.Round(uh * scale)));
        var target = new SKBitmap(new SKImageInfo(tw, th, SKImageInfo.PlatformColorType, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.White);
        canvas.SetMatrix(SKMatrix.CreateScale((float)tw / uw, (float)th / uh).PreConcat(Orientation(origin, w, h)));
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return target;
    }

    // Maps the stored pixels (w × h) to the upright picture, EXIF Orientation 1–8 (TIFF 6.0 tag 274).
    static SKMatrix Orientation(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),     // mirrored
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1), // 180°
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),   // flipped
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),       // transposed
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),     // 90° clockwise
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1), // transversed
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),   // 90° counter-clockwise
        _ => SKMatrix.Identity,
    };

    byte[] Jpeg(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(new SKJpegEncoderOptions(options.JpegQuality))
                         ?? throw new InvalidOperationException("Skia could not encode a JPEG.");
        return data.ToArray();
    }

    static PhotoRejected Undecodable() =>
        new("文件不是可识别的图片（支持 JPG、PNG、WebP、HEIC），或图片已损坏。" +
            "The file is not an image this server can read (JPG, PNG, WebP, HEIC), or it is damaged.");

    static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
