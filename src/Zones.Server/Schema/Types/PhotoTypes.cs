using Zones.GraphQL.Types;
using Zones.Server.Data.Photos;

namespace Zones.Server.Schema.Types;

/// <summary>Photos on cases (issue #14 §2): <c>Complaint.photos</c>, served by <c>GET /api/photos/{id}</c>.</summary>
public static class PhotoTypes
{
    public static readonly EnumType PhotoPhase = new("PhotoPhase", e =>
    {
        e.Value("REPORT", PhotoPhases.Report, "上报照片: sent with the report.");
        e.Value("BEFORE", PhotoPhases.Before, "整改前: the problem as the disposing unit found it (staff of the township only).");
        e.Value("AFTER", PhotoPhases.After, "整改后: the problem fixed.");
    });

    public static readonly ObjectType CasePhoto = new("CasePhoto", t =>
    {
        t.Description("A photo of a case: a re-encoded JPEG (no EXIF; longest side ≤ 2048 px) and its 320 px thumbnail.");
        t.Field("id", "ID!", p => Photo(p).Id);
        t.Field("phase", "PhotoPhase!", p => Photo(p).Phase);
        t.Field("url", "String!", p => Photo(p).Url).Description("The JPEG, same access rules as the case (GET /api/photos/{id}).");
        t.Field("thumbnailUrl", "String!", p => Photo(p).ThumbnailUrl).Description("The 320 px thumbnail.");
        t.Field("width", "Int!", p => Photo(p).Width);
        t.Field("height", "Int!", p => Photo(p).Height);
        t.Field("takenAt", "DateTime", p => Photo(p).TakenAt).Description("When the camera took it (EXIF DateTimeOriginal), if it said.");
        t.Field("uploadedAt", "DateTime!", p => Photo(p).UploadedAt);
        t.Field("uploadedBy", "String!", p => Photo(p).UploadedBy).Description("The login or key name of the uploader.");
    });

    public static IEnumerable<NamedType> All => [PhotoPhase, CasePhoto];

    static Data.Photos.CasePhoto Photo(object? p) => (Data.Photos.CasePhoto)p!;
}
