using Microsoft.Extensions.Options;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Photos;
using Zones.Server.Data.Report;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http.Report;

/// <summary>A public handling note (公开答复) as the status page lists it, the stage in plain words.</summary>
public sealed record StatusNote(DateTimeOffset At, string Stage, string Note);

/// <summary>A photo the status page shows (整改后): the full photo's address when the public may load it, and the thumbnail inline.</summary>
public sealed record PublicPhoto(string? Url, string Thumbnail);

/// <summary>The status page's answer: the stage in words, the public notes and the after-photos; nothing personal.</summary>
public sealed record ReportStatusView(string CaseNumber, string Category, string Stage, int Step, DateTimeOffset ReportedAt,
                                      DateTimeOffset? Deadline, DateTimeOffset? ClosedAt, int ReporterCount,
                                      IReadOnlyList<StatusNote> Notes, IReadOnlyList<PublicPhoto> AfterPhotos);

/// <summary>
/// <c>GET /api/report/status?id=…&amp;phone4=…</c>: a reporter looks up their case with its number and the last four
/// digits of the phone they gave. An unknown number, a case reported without a phone and wrong digits all get the
/// same refusal, so the answer never tells whether a case exists; look-ups per address are limited, so the
/// 10,000 possible digits cannot be tried.
/// </summary>
sealed class ReportStatus(ReportCaseStore cases, ReportThrottleStore throttle, CategoryStore categories, ComplaintStore complaints,
                          PhotoStore photos, Npgsql.NpgsqlDataSource db, IOptionsMonitor<ReportOptions> options)
{
    const string Refusal = "没有找到与该案卷号和手机号后四位相符的反映。请核对回执上的案卷号，以及上报时留下的手机号的后四位。" +
                           "No report matches this case number and these phone digits.";

    public async Task<IResult> GetAsync(HttpContext http, string? id, string? phone4, CancellationToken ct)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(id))
            problems.Add(new("id", "请填写案卷号（上报后回执上的编号）。Enter the case number from the receipt."));
        if (phone4?.Trim() is not { Length: 4 } digits || !digits.All(char.IsAsciiDigit))
            problems.Add(new("phone4", "请填写上报时所留手机号的后 4 位数字。Enter the last 4 digits of the phone you gave."));
        if (problems.Count > 0)
            return ReportAnswers.Invalid(problems);
        var o = options.CurrentValue;
        if (await throttle.TakeAsync(["status:address:" + (SignInThrottle.AddressOf(http) ?? "unknown")], [o.StatusLookupsPerAddress],
                                     o.Window, ct) is { } until)
            return ReportAnswers.TooMany(http, until, "查询");
        var found = await cases.FindAsync(id!.Trim(), ct);
        if (found is null || !found.PhoneDigits.Any(p => p.Length >= 4 && p.EndsWith(phone4!.Trim(), StringComparison.Ordinal)))
            return ReportAnswers.Error(StatusCodes.Status404NotFound, "NOT_FOUND", "id", Refusal);
        return Results.Json(await ViewAsync(found, ct), JsonEncoding.Options);
    }

    async Task<ReportStatusView> ViewAsync(PublicCase c, CancellationToken ct)
    {
        var category = (await categories.InForceAsync(c.TownshipCode, ct)).FirstOrDefault(x => x.ServiceCode == c.ServiceCode);
        var (words, step) = PublicStages.Of(c.Stage);
        List<PublicNote> notes;
        await using (var conn = await db.OpenConnectionAsync(ct))
            notes = await complaints.PublicNotesAsync(conn, null, c.TownshipCode, c.Id, ct);
        var after = new List<PublicPhoto>();
        foreach (var p in (await photos.ForComplaintAsync(c.TownshipCode, c.Id, ct)).Where(p => p.Phase == PhotoPhases.After))
            if (await AfterPhotoAsync(p, ct) is { } shown)
                after.Add(shown);
        return new ReportStatusView(c.PublicId, category?.Name ?? c.ServiceCode, words, step, c.ReportedAt, c.Deadline, c.ClosedAt,
            c.ReporterCount, [.. notes.Select(n => new StatusNote(n.At, PublicStages.Of(n.Stage).Words, n.Note))], after);
    }

    /// <remarks>
    /// The reporter has shown the phone digits, so the thumbnail comes inline whatever the township; the full
    /// photo is a link to <c>/api/photos/{id}</c>, which follows THE photo rule (PhotoVisibility): it is there
    /// only when the public may read the township.
    /// </remarks>
    async Task<PublicPhoto?> AfterPhotoAsync(CasePhoto photo, CancellationToken ct)
    {
        if (await photos.ReadAsync(photo.Id, thumbnail: true, ct) is not { Bytes: not null } file || !PhotoVisibility.IsPublicPhase(photo.Phase, file.Stage))
            return null;
        return new PublicPhoto(file.TownshipIsPublic ? photo.Url : null, "data:image/jpeg;base64," + Convert.ToBase64String(file.Bytes!));
    }
}
