using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Photos;

namespace Zones.Server.Http.Open311;

/// <summary>
/// The picture of <c>POST /requests</c> sent as the multipart file <c>media</c> (beside GeoReport's
/// <c>media_url</c> link, as FixMyStreet and CitySDK clients send it): re-encoded by
/// <see cref="PhotoEncoder"/> (JPEG, ≤ 2048 px, no EXIF) before the case is opened, stored by
/// <see cref="PhotoStore"/> as a <c>report</c> photo in the case's own transaction, and shown as the
/// request's <c>media_url</c> on GET.
/// </summary>
static class Open311Media
{
    public const string Field = "media";

    /// <summary>The encoded picture (null when none was sent), or why it was refused.</summary>
    public static async Task<(EncodedPhoto? Photo, string? Rejected)> ReadAsync(IFormCollection form, PhotoEncoder encoder, CancellationToken ct)
    {
        var files = form.Files.GetFiles(Field);
        if (files.Count == 0)
            return (null, null);
        if (files.Count > 1 || form.Files.Count > files.Count)
            return (null, $"只能附一张图片，字段名为 {Field}。Send one picture, as the multipart file '{Field}'.");
        using var buffer = new MemoryStream();
        await files[0].CopyToAsync(buffer, ct);
        try
        {
            return (encoder.Encode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), null);
        }
        catch (PhotoRejected e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>
    /// Runs in the report's transaction once the case is stored (or found, when the report was folded into
    /// it): refuses a case outside the jurisdiction the client named, then stores the picture.
    /// </summary>
    public static async Task<UserError?> AlongsideAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Complaint c, string[]? jurisdiction,
                                                        EncodedPhoto? photo, PhotoStore photos, Actor actor, CancellationToken ct)
    {
        if (jurisdiction is not null && !jurisdiction.Contains(c.TownshipCode))
            return new InvalidInputError($"该位置属于乡镇 {c.TownshipCode}，不在辖区 {string.Join("、", jurisdiction)} 内。" +
                                         $"The location lies in township {c.TownshipCode}, outside jurisdiction_id {string.Join(", ", jurisdiction)}.",
                                         "jurisdiction_id");
        if (photo is not null)
            await photos.AddAsync(conn, tx, c.TownshipCode, c.Id, PhotoPhases.Report, photo, actor, ct);
        return null;
    }
}
