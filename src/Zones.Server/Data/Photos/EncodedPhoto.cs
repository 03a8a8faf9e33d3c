namespace Zones.Server.Data.Photos;

/// <summary>
/// A photo as the server stores it: a re-encoded JPEG (no EXIF; longest side ≤ 2048 px), its 320 px
/// thumbnail, and what the upload's EXIF said about where and when it was taken (never in the JPEG).
/// </summary>
/// <param name="ExifLon">WGS84 longitude from the upload's EXIF GPS block, or null.</param>
/// <param name="ExifLat">WGS84 latitude from the upload's EXIF GPS block, or null.</param>
/// <param name="TakenAt">EXIF DateTimeOriginal, or null.</param>
public sealed record EncodedPhoto(byte[] Jpeg, int Width, int Height, byte[] Thumbnail, double? ExifLon, double? ExifLat,
                                  DateTimeOffset? TakenAt);
