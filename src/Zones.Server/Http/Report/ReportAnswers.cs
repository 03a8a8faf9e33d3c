using System.Globalization;

namespace Zones.Server.Http.Report;

/// <summary>A problem with one field of the report form, in words the page shows next to that field.</summary>
/// <param name="Field">The form field: location, category, description, photos, name, phone (or <c>form</c>).</param>
public sealed record FieldProblem(string Field, string Message);

/// <summary>
/// The error answers of the report endpoints: the house shape <c>{code, description}</c> (Http/HttpErrors.cs)
/// plus <c>errors</c>, one entry per field, so the page puts each message beside its field; a refused
/// location may carry <c>exifLocation</c>, where a photo says it was taken, for the reporter to confirm.
/// </summary>
static class ReportAnswers
{
    /// <summary>400 with every problem of the form.</summary>
    public static IResult Invalid(IReadOnlyList<FieldProblem> problems, object? exifLocation = null) =>
        Error(StatusCodes.Status400BadRequest, "INVALID_INPUT", problems, exifLocation);

    /// <summary>An answer with <paramref name="status"/> about one field.</summary>
    public static IResult Error(int status, string code, string field, string message) =>
        Error(status, code, [new FieldProblem(field, message)]);

    static IResult Error(int status, string code, IReadOnlyList<FieldProblem> problems, object? exifLocation = null) =>
        Results.Json(new
        {
            code,
            description = string.Join(" ", problems.Select(p => p.Message)),
            errors = problems.Select(p => new { field = p.Field, message = p.Message }),
            exifLocation,
        }, JsonEncoding.Options, HttpErrors.JsonType, status);

    /// <summary>429 with <c>Retry-After</c> and when to try again, as a clock time the resident can read.</summary>
    public static IResult TooMany(HttpContext http, DateTimeOffset until, string what)
    {
        var wait = until - DateTimeOffset.UtcNow;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var clock = TimeZoneInfo.ConvertTime(until, ChinaTime).ToString("HH:mm", CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "TOO_MANY_REPORTS", "form",
            $"{what}过于频繁，请在 {minutes} 分钟后（{clock} 以后）再试。如情况紧急，请拨打 12345 热线。" +
            $"Too many requests: try again in {minutes} minute{(minutes == 1 ? "" : "s")}.");
    }

    // The page is read in China; the clock time of the retry is Beijing time (no daylight saving).
    static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
}
