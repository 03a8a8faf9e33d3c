using SkiaSharp;
using Zones.Server.Data.Photos;

namespace Zones.Server.Tests.Data.Photos;

public class PhotoEncoderTests
{
    static readonly PhotoEncoder Encoder = new(new PhotoOptions());

    [Fact]
    public void A_large_jpeg_is_shrunk_to_2048_on_its_longest_side_with_a_320_thumbnail()
    {
        var photo = Encoder.Encode(TestImages.Jpeg(4096, 3072));

        Assert.Equal((2048, 1536), (photo.Width, photo.Height));
        using var stored = SKBitmap.Decode(photo.Jpeg);
        using var thumb = SKBitmap.Decode(photo.Thumbnail);
        Assert.Equal((2048, 1536), (stored.Width, stored.Height));
        Assert.Equal((320, 240), (thumb.Width, thumb.Height));
    }

    [Fact]
    public void A_png_becomes_a_jpeg_of_the_same_size_when_it_is_small_enough()
    {
        var photo = Encoder.Encode(TestImages.Png(800, 600));

        Assert.Equal((800, 600), (photo.Width, photo.Height));
        Assert.Equal([0xFF, 0xD8], photo.Jpeg[..2]);
        Assert.Equal(SKEncodedImageFormat.Jpeg, SKCodec.Create(SKData.CreateCopy(photo.Jpeg)).EncodedFormat);
    }

    [Fact]
    public void The_exif_gps_and_time_are_read_but_the_stored_photo_carries_no_exif()
    {
        var upload = TestImages.WithExif(TestImages.Jpeg(400, 200), 1, 30.2601, 120.1503, "2026:05:01 09:30:00");

        var photo = Encoder.Encode(upload);

        Assert.Equal(30.2601, photo.ExifLat!.Value, 4);
        Assert.Equal(120.1503, photo.ExifLon!.Value, 4);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 30, 0, TimeSpan.FromHours(8)), photo.TakenAt);
        Assert.True(TestImages.ContainsExif(upload));
        Assert.False(TestImages.ContainsExif(photo.Jpeg));
        Assert.False(TestImages.ContainsExif(photo.Thumbnail));
        Assert.Equal(ExifFacts.None, ExifReader.Read(photo.Jpeg));
    }

    [Fact]
    public void A_photo_taken_sideways_is_turned_upright_by_its_exif_orientation()
    {
        // Orientation 6: the camera was turned 90° clockwise; the red left half ends up on top.
        var photo = Encoder.Encode(TestImages.WithExif(TestImages.Jpeg(400, 200), 6, 30.26, 120.15, "2026:05:01 09:30:00"));

        Assert.Equal((200, 400), (photo.Width, photo.Height));
        Assert.True(TestImages.PixelAt(photo.Jpeg, 100, 50).Red > 200 && TestImages.PixelAt(photo.Jpeg, 100, 50).Blue < 60);
        Assert.True(TestImages.PixelAt(photo.Jpeg, 100, 350).Blue > 200 && TestImages.PixelAt(photo.Jpeg, 100, 350).Red < 60);
    }

    [Fact]
    public void An_upload_over_the_byte_limit_is_refused_before_decoding()
    {
        var small = new PhotoEncoder(new PhotoOptions { MaxBytes = 1000 });

        var e = Assert.Throws<PhotoRejected>(() => small.Encode(TestImages.Png(300, 300)));

        Assert.Contains("超过", e.Message);
        Assert.Contains("larger than the limit", e.Message);
    }

    [Fact]
    public void An_image_declaring_more_pixels_than_the_limit_is_refused()
    {
        var limited = new PhotoEncoder(new PhotoOptions { MaxPixels = 10_000 });

        var e = Assert.Throws<PhotoRejected>(() => limited.Encode(TestImages.Png(200, 100)));

        Assert.Contains("像素过多（200×100）", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_refused_in_words_a_clerk_understands()
    {
        var e = Assert.Throws<PhotoRejected>(() => Encoder.Encode("这不是照片 not a photo"u8));

        Assert.StartsWith("文件不是可识别的图片", e.Message);
    }

    [Fact]
    public void Exif_reading_never_throws_on_a_truncated_block()
    {
        var upload = TestImages.WithExif(TestImages.Jpeg(40, 20), 1, 30.26, 120.15, "2026:05:01 09:30:00");

        Assert.Equal(ExifFacts.None, ExifReader.Read(upload.AsSpan(0, 60)));
    }
}
