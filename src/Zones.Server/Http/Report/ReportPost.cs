using Microsoft.Extensions.Options;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Photos;
using Zones.Server.Data.Report;
using Zones.Server.Http.Auth;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Report;

/// <summary>
/// <c>POST /api/report</c>: a resident reports a problem, anonymously. The form goes through THE intake
/// (<see cref="ComplaintIntake"/>, source <c>citizen</c>, folding into an open case included) under an actor
/// scoped to the township at the point; the photos, re-encoded without EXIF, and the rate-limit count are
/// stored in the case's own transaction, so a report is all there or not at all.
/// </summary>
sealed class ReportPost(ComplaintIntake intake, PhotoEncoder encoder, PhotoStore photos, PhotoOptions photoOptions,
                        ReportThrottleStore throttle, ReportPlaceStore places, ReportReceipts receipts,
                        IOptionsMonitor<ReportOptions> options, ComplaintFeed feed, Data.Query.ListQuery lists)
{
    /// <summary>The audit log's name for reports from the page (no account; the address is not personal data to keep there).</summary>
    const string ActorName = "resident";

    // A point in no township gets a scope matching none: intake's own "not in any zone" answer comes first.
    const string NoTownship = "000000000000";

    public async Task<IResult> CreateAsync(HttpContext http, CancellationToken ct)
    {
        var (form, formProblem) = await ReportForm.ReadAsync(http, photoOptions.MaxBytes, ct);
        if (form is null)
            return formProblem!;
        var (fields, problems) = ReportFields.Read(form);
        var files = form.Files.GetFiles("photo");
        if (files.Count > ReportOptions.MaxPhotos)
            problems.Add(new("photos", $"最多上传 {ReportOptions.MaxPhotos} 张照片（收到 {files.Count} 张），请删去多余的。At most {ReportOptions.MaxPhotos} photos."));
        if (fields is null || problems.Count > 0)
            return ReportAnswers.Invalid(problems);
        var (subjects, limits) = Limits(http, fields);
        var window = options.CurrentValue.Window;
        // Refused before any photo is decoded: a flood costs a count, not the encoder's work.
        if (await throttle.RefusedUntilAsync(subjects, limits, window, ct) is { } refused)
            return ReportAnswers.TooMany(http, refused, "上报");
        var (encoded, photoProblem) = await EncodeAsync(files, ct);
        if (photoProblem is not null)
            return photoProblem;
        if (fields.Lon is not { } lon || fields.Lat is not { } lat)
            return NoLocation(encoded!);
        var (wLon, wLat) = fields.Gcj02 ? CrsConvert.ToWgs84(lon, lat, Crs.Gcj02) : (lon, lat);
        var place = await places.AtAsync(wLon, wLat, ct);
        var actor = new Actor(ActorName, Roles.Resident, Scope: ActorScope.Township(place?.TownshipCode ?? NoTownship));
        DateTimeOffset? limitedUntil = null;
        var result = await intake.ReportComplaintAsync(Input(fields, wLon, wLat), actor, async (conn, tx, c, ct2) =>
        {
            if (await throttle.TakeAsync(conn, tx, subjects, limits, window, record: true, ct2) is { } until)
            {
                limitedUntil = until;
                return new InvalidInputError("上报过于频繁。Too many reports.", "form");
            }
            foreach (var photo in encoded!)
                await photos.AddAsync(conn, tx, c.TownshipCode, c.Id, PhotoPhases.Report, photo, actor, ct2);
            return null;
        }, ct);
        if (limitedUntil is { } u)
            return ReportAnswers.TooMany(http, u, "上报");
        if (result.Complaint is not { } complaint)
            return ReportAnswers.Invalid([.. result.Errors.Select(e => new FieldProblem(ReportFields.PageField(e.Field), e.Message))]);
        // Residents' cases reach complaintChanged subscribers (the planners' map) like every other case.
        if ((await lists.ByIdsAsync(Data.Query.Sources.Complaints, [complaint.Id], r => r.Id, ct)).GetValueOrDefault(complaint.Id) is { } row)
            feed.Publish(row);
        return Results.Json(await receipts.ForAsync(complaint, result, encoded!.Count, ct), JsonEncoding.Options);
    }

    static ReportComplaintInput Input(ReportFields f, double lon, double lat) =>
        new(lon, lat, f.Kind, f.Code, Sources.Citizen, f.Description, f.Address, ReporterName: f.Name, ReporterPhone: f.Phone);

    /// <summary>The subjects of the rate limit and their limits: the client address, and the phone when given.</summary>
    (string[] Subjects, int[] Limits) Limits(HttpContext http, ReportFields fields)
    {
        var o = options.CurrentValue;
        var subjects = new List<string> { "report:address:" + (SignInThrottle.AddressOf(http) ?? "unknown") };
        var limits = new List<int> { o.ReportsPerAddress };
        if (fields.PhoneKey is { } phone)
        {
            subjects.Add("report:phone:" + phone);
            limits.Add(o.ReportsPerPhone);
        }
        return ([.. subjects], [.. limits]);
    }

    /// <summary>The photos re-encoded (EXIF read, then dropped), or the answer naming the photo that was refused.</summary>
    async Task<(List<EncodedPhoto>? Photos, IResult? Problem)> EncodeAsync(IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var list = new List<EncodedPhoto>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Length > photoOptions.MaxBytes)
                return (null, ReportAnswers.Error(StatusCodes.Status413PayloadTooLarge, "PHOTO_TOO_LARGE", "photos",
                    $"第 {i + 1} 张照片有 {files[i].Length / 1048576.0:0.#} MB，超过每张 {photoOptions.MaxBytes / 1048576.0:0.#} MB 的上限，请重新拍摄或换一张。" +
                    $"Photo {i + 1} is larger than the limit of {photoOptions.MaxBytes / 1048576.0:0.#} MB."));
            using var buffer = new MemoryStream((int)files[i].Length);
            await files[i].CopyToAsync(buffer, ct);
            try
            {
                list.Add(encoder.Encode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            }
            catch (PhotoRejected e)
            {
                return (null, ReportAnswers.Error(StatusCodes.Status400BadRequest, "PHOTO_REJECTED", "photos", $"第 {i + 1} 张照片：{e.Message}"));
            }
        }
        return (list, null);
    }

    /// <summary>
    /// No point: the reporter had no position and tapped no map. When a photo says where it was taken (EXIF GPS,
    /// WGS84), that place is offered back for the reporter to confirm on the map; nothing is stored.
    /// </summary>
    static IResult NoLocation(List<EncodedPhoto> encoded)
    {
        var exif = encoded.FirstOrDefault(p => p.ExifLon is not null && p.ExifLat is not null);
        return exif is null
            ? ReportAnswers.Invalid([new("location", "请允许定位，或在地图上点一下问题所在的位置。Tap the map where the problem is, or allow location access.")])
            : ReportAnswers.Invalid([new("location", "照片里带有拍摄位置，已在地图上标出：请确认位置无误后再次提交。" +
                                                     "A photo carries the place it was taken; it is marked on the map: confirm it and send again.")],
                                    new { lon = exif.ExifLon, lat = exif.ExifLat });
    }
}
