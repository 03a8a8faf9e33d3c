using SkiaSharp;
using Zones.Server.Data.Photos;
using Zones.Server.Data.Photos.Heif;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Photos;

/// <summary>HEIC / AVIF uploads, made by libheif's encoder in the test and decoded by the server's libheif wrapper.</summary>
public class HeifPhotoTests
{
    static readonly PhotoEncoder Encoder = new(new PhotoOptions());
    static readonly Lazy<byte[]> Large = new(() => HeicFiles.Heic(3000, 4000));

    static bool Red(SKColor c) => c.Red > 200 && c.Green < 60 && c.Blue < 60;
    static bool Blue(SKColor c) => c.Blue > 200 && c.Red < 60 && c.Green < 60;

    [Fact]
    public void A_3000_by_4000_heic_becomes_a_jpeg_of_2048_on_its_longest_side_with_a_320_thumbnail_in_its_colours()
    {
        var photo = Encoder.Encode(Large.Value);

        Assert.Equal((1536, 2048), (photo.Width, photo.Height));
        Assert.Equal(SKEncodedImageFormat.Jpeg, SKCodec.Create(SKData.CreateCopy(photo.Jpeg)).EncodedFormat);
        using var stored = SKBitmap.Decode(photo.Jpeg);
        using var thumb = SKBitmap.Decode(photo.Thumbnail);
        Assert.Equal((1536, 2048), (stored.Width, stored.Height));
        Assert.Equal((240, 320), (thumb.Width, thumb.Height));
        Assert.True(Red(stored.GetPixel(300, 1000)), $"left half {stored.GetPixel(300, 1000)}");
        Assert.True(Blue(stored.GetPixel(1200, 1000)), $"right half {stored.GetPixel(1200, 1000)}");
        Assert.True(Red(thumb.GetPixel(60, 160)) && Blue(thumb.GetPixel(180, 160)));
    }

    [Fact]
    public void The_gps_and_time_of_a_heic_are_read_from_its_exif_item_and_none_of_it_reaches_the_stored_jpeg()
    {
        var upload = HeicFiles.Heic(400, 200, TestImages.ExifTiff(1, 30.260123, 120.150321, "2026:05:01 09:30:00"));

        var photo = Encoder.Encode(upload);

        Assert.Equal(30.260123, photo.ExifLat!.Value, 1e-6);
        Assert.Equal(120.150321, photo.ExifLon!.Value, 1e-6);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 30, 0, TimeSpan.FromHours(8)), photo.TakenAt);
        Assert.True(TestImages.ContainsExif(upload));
        Assert.False(TestImages.ContainsExif(photo.Jpeg));
        Assert.False(TestImages.ContainsExif(photo.Thumbnail));
        Assert.Equal(-1, photo.Jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xE1]));   // no APP1 segment at all
    }

    [Fact]
    public void A_portrait_heic_turned_by_its_irot_stays_portrait_because_its_exif_orientation_is_not_applied_again()
    {
        // As an iPhone writes a portrait shot: landscape sensor pixels, an irot of 90° and EXIF Orientation 6.
        var upload = HeicFiles.Heic(400, 200, TestImages.ExifTiff(6, 30.26, 120.15, "2026:05:01 09:30:00"), orientation: 6);

        var photo = Encoder.Encode(upload);

        Assert.Equal((200, 400), (photo.Width, photo.Height));
        Assert.True(Red(TestImages.PixelAt(photo.Jpeg, 100, 50)), "the red left half is on top");
        Assert.True(Blue(TestImages.PixelAt(photo.Jpeg, 100, 350)), "the blue right half is at the bottom");
    }

    [Fact]
    public void An_avif_is_decoded_the_same_way()
    {
        var photo = Encoder.Encode(HeicFiles.Avif(640, 480, TestImages.ExifTiff(1, 30.26, 120.15, "2026:05:01 09:30:00")));

        Assert.Equal((640, 480), (photo.Width, photo.Height));
        Assert.True(Red(TestImages.PixelAt(photo.Jpeg, 100, 240)) && Blue(TestImages.PixelAt(photo.Jpeg, 540, 240)));
        Assert.Equal(30.26, photo.ExifLat!.Value, 1e-6);
    }

    [Fact]
    public void A_truncated_heic_is_refused_as_damaged_in_words_a_clerk_understands()
    {
        var whole = HeicFiles.Heic(400, 200);

        foreach (var cut in new[] { whole.Length / 2, whole.Length - 100 })
        {
            var e = Assert.Throws<PhotoRejected>(() => Encoder.Encode(whole.AsSpan(0, cut)));
            Assert.StartsWith("照片文件已损坏或不完整，请重新拍摄或换一张", e.Message);
            Assert.Contains("damaged or incomplete", e.Message);
        }
    }

    [Fact]
    public void A_file_that_only_starts_like_a_heic_is_refused_as_damaged()
    {
        var e = Assert.Throws<PhotoRejected>(() => Encoder.Encode(TestImages.HeicHeader()));

        Assert.StartsWith("照片文件已损坏或不完整", e.Message);
    }

    [Fact]
    public void A_heic_declaring_more_pixels_than_the_limit_is_refused_before_its_pixels_are_decoded()
    {
        var limited = new PhotoEncoder(new PhotoOptions { MaxPixels = 10_000 });
        var whole = HeicFiles.Heic(200, 100);
        // Boxes intact, the coded pixels (the 'mdat' payload, last in libheif's files) overwritten.
        var undecodable = whole.ToArray();
        undecodable.AsSpan(whole.AsSpan().IndexOf("mdat"u8) + 4).Fill(0x55);

        Assert.Contains("损坏", Assert.Throws<PhotoRejected>(() => Encoder.Encode(undecodable)).Message);
        Assert.Contains("像素过多（200×100）", Assert.Throws<PhotoRejected>(() => limited.Encode(undecodable)).Message);
    }

    [Fact]
    public void A_heic_with_an_image_item_wider_than_libheifs_limit_is_refused_while_it_is_parsed()
    {
        var e = Assert.Throws<PhotoRejected>(() =>
            HeifDecoder.Decode(HeicFiles.Heic(200, 100), (_, _) => { }, (_, _) => 0, maxSide: 150));

        Assert.StartsWith("照片尺寸过大", e.Message);
        Assert.Contains("exceeds the maximum image size", e.Message);
    }

    [Theory]
    [InlineData("heic", "mif1", true)]
    [InlineData("mif1", "heic", true)]
    [InlineData("heix", "mif1", true)]
    [InlineData("avif", "mif1", true)]
    [InlineData("isom", "mp42", false)]   // an MP4 video
    [InlineData("qt  ", "qt  ", false)]   // an iPhone .MOV
    public void Heif_and_avif_files_are_recognised_by_their_ftyp_brands(string major, string compatible, bool heif)
    {
        byte[] ftyp = [0, 0, 0, 0x14, .. "ftyp"u8, .. System.Text.Encoding.ASCII.GetBytes(major), 0, 0, 0, 0,
                       .. System.Text.Encoding.ASCII.GetBytes(compatible), 0, 0, 0, 0];

        Assert.Equal(heif, HeifDecoder.Recognises(ftyp));
        Assert.False(HeifDecoder.Recognises(TestImages.Jpeg(10, 10)));
    }
}
