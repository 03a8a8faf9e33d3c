using Microsoft.AspNetCore.Http.Features;

namespace Zones.Server.Http.Report;

/// <summary>
/// Reads the multipart form of <c>POST /api/report</c> within limits before anything is buffered: a few short
/// fields and at most <see cref="ReportOptions.MaxPhotos"/> photos of at most the photo byte limit each. A body
/// over that answers 413 naming the limit; a malformed body 400; a field with a NUL or non-UTF-8 text is refused
/// naming the field.
/// </summary>
static class ReportForm
{
    /// <summary>Room for the text fields and the multipart headers besides the photos.</summary>
    const int FieldBytes = 256 * 1024;

    /// <summary>The largest body accepted: three photos of <paramref name="maxPhotoBytes"/> and the fields.</summary>
    public static long MaxBody(int maxPhotoBytes) => (long)maxPhotoBytes * ReportOptions.MaxPhotos + FieldBytes;

    static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";

    /// <summary>The form, or the answer that says what is wrong with it.</summary>
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadAsync(HttpContext http, int maxPhotoBytes, CancellationToken ct)
    {
        var max = MaxBody(maxPhotoBytes);
        var tooLarge = ReportAnswers.Error(StatusCodes.Status413PayloadTooLarge, "REPORT_TOO_LARGE", "photos",
            $"照片总大小超过上限：最多 {ReportOptions.MaxPhotos} 张，每张不超过 {Mb(maxPhotoBytes)}。请删去一张或重新拍摄。" +
            $"The report is larger than {Mb(max)}: at most {ReportOptions.MaxPhotos} photos of {Mb(maxPhotoBytes)} each.");
        if (!http.Request.HasFormContentType)
            return (null, ReportAnswers.Error(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "form",
                "请以表单（multipart/form-data）提交。Send the report as multipart/form-data."));
        if (http.Request.ContentLength > max)
            return (null, tooLarge);
        // A body without Content-Length (chunked) is cut off by the server at the same size.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = max;
        try
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
            {
                BufferBody = false, MultipartBodyLengthLimit = max, ValueLengthLimit = FieldBytes, ValueCountLimit = 50,
            }));
            var form = await http.Request.ReadFormAsync(ct);
            return RequestText.FormProblem(form, null) is { } problem
                ? (null, ReportAnswers.Error(StatusCodes.Status400BadRequest, "INVALID_FORM", "form", problem))
                : (form, null);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                                  || e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, tooLarge);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException)
        {
            return (null, ReportAnswers.Error(StatusCodes.Status400BadRequest, "INVALID_FORM", "form",
                $"表单不完整，无法读取，请重新提交。The form cannot be read: {e.Message}"));
        }
    }
}
