namespace Zones.Server.Data.Photos;

/// <summary>A photo of a case (<c>zones.complaint_photo</c>) without its bytes.</summary>
/// <param name="Phase">One of <see cref="PhotoPhases"/>: report, before (整改前), after (整改后).</param>
/// <param name="UploadedBy">The login or key name of the uploader (as the audit log names actors).</param>
public sealed record CasePhoto(long Id, string TownshipCode, long ComplaintId, string Phase, int Width, int Height,
                               double? ExifLon, double? ExifLat, DateTimeOffset? TakenAt, string UploadedBy, DateTimeOffset UploadedAt)
{
    /// <summary>Where the photo is served (<c>GET /api/photos/{id}</c>).</summary>
    public string Url => PhotoPhases.UrlOf(Id);

    public string ThumbnailUrl => PhotoPhases.UrlOf(Id) + "/thumbnail";
}

/// <summary>The bytes of one stored photo (or its thumbnail) with what decides who may see it.</summary>
/// <param name="Stage">The case's stage now (a voided case shows the public nothing).</param>
/// <param name="TownshipIsPublic">Whether anonymous callers may read the case's township at all.</param>
/// <param name="Bytes">The JPEG; null when the row names a file missing from the photo folder.</param>
public sealed record PhotoFile(CasePhoto Photo, string Stage, bool TownshipIsPublic, byte[]? Bytes);

/// <summary>The phases a photo is taken in.</summary>
public static class PhotoPhases
{
    /// <summary>Sent with the report (the resident page, Open311 media).</summary>
    public const string Report = "report";
    /// <summary>整改前: the problem as the disposing unit found it.</summary>
    public const string Before = "before";
    /// <summary>整改后: the problem fixed.</summary>
    public const string After = "after";

    public static readonly string[] All = [Report, Before, After];

    public static string UrlOf(long id) => $"/api/photos/{id}";

    public static string Chinese(string phase) => phase switch
    {
        Report => "上报照片", Before => "整改前", After => "整改后", _ => phase,
    };
}
