namespace Zones.Server.Data.Photos;

/// <summary>
/// Limits of photo uploads, bound from <c>Zones:Photos</c> (<c>Zones__Photos__*</c> variables). Both
/// limits hold off abuse before any pixel is decoded: the byte limit on the upload, the pixel limit on
/// the size the file declares (a small PNG can declare 100,000 × 100,000 pixels — a decompression bomb).
/// </summary>
public sealed class PhotoOptions
{
    public const string Section = "Zones:Photos";

    /// <summary>Largest upload, in bytes, per photo (10 MB: a phone JPEG of 48 MP is 6–9 MB).</summary>
    public int MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most pixels (width × height) a photo may declare; 60 M covers 50 MP phone cameras.</summary>
    public long MaxPixels { get; set; } = 60_000_000;

    /// <summary>Most photos one staff upload request may carry.</summary>
    public int MaxFilesPerUpload { get; set; } = 9;

    /// <summary>JPEG quality of the stored photo and its thumbnail (1–100).</summary>
    public int JpegQuality { get; set; } = 85;

    /// <summary>
    /// Where photos are kept: empty (the default) = in PostgreSQL (<c>zones.complaint_photo</c>), so backing up
    /// the database backs up the photos; a path = new photos are written there as files (<see cref="PhotoFolder"/>),
    /// and that folder must be backed up together with the database. Checked at start (<see cref="PhotoFolderStartup"/>).
    /// </summary>
    public string Folder { get; set; } = "";
}
