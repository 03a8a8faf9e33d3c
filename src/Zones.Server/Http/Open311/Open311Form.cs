using Microsoft.AspNetCore.Http.Features;

namespace Zones.Server.Http.Open311;

/// <summary>
/// Reads the form of <c>POST /requests</c> within limits, before anything is buffered: a report is
/// a few short fields (<see cref="FieldBytes"/>) and at most one picture as the multipart file
/// <c>media</c> (the photo byte limit), so a larger body answers 413 and a malformed or truncated
/// multipart body 400; a field with a NUL character or bytes that are not UTF-8 is refused naming the field.
/// </summary>
static class Open311Form
{
    /// <summary>The fields of a report (1 MB): far above any report, far below what would hurt.</summary>
    public const int FieldBytes = 1 << 20;

    /// <summary>The largest body: the fields plus one picture of at most <paramref name="maxPhotoBytes"/>.</summary>
    public static long MaxBody(int maxPhotoBytes) => (long)maxPhotoBytes + FieldBytes;

    static FormOptions Limits(long maxBody) => new()
    {
        BufferBody = false,
        MultipartBodyLengthLimit = maxBody,
        ValueLengthLimit = FieldBytes,
        ValueCountLimit = 200,
    };

    static string TooLarge(long maxBody) => $"上报内容超过 {maxBody >> 20} MB。图片请压缩后提交，或以 media_url 链接提交。" +
                                            $"The request is larger than {maxBody >> 20} MB: send a smaller picture as media, or a media_url link.";

    // The url-encoded body as sent (at most FieldBytes, checked above), so percent escapes that
    // are not UTF-8 can be found; the form reader then reads the same bytes again.
    static async Task<string> RawAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering(FieldBytes);
        using var reader = new StreamReader(request.Body, System.Text.Encoding.Latin1, false, 16 * 1024, leaveOpen: true);
        var raw = await reader.ReadToEndAsync(ct);
        request.Body.Position = 0;
        return raw;
    }

    /// <summary>The form, or the status and message that say what is wrong with it.</summary>
    public static async Task<(IFormCollection? Form, int Status, string? Problem)> ReadAsync(HttpContext http, int maxPhotoBytes,
                                                                                            CancellationToken ct)
    {
        var urlEncoded = http.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        // Only multipart carries a picture; a url-encoded form is fields alone.
        var maxBody = urlEncoded ? FieldBytes : MaxBody(maxPhotoBytes);
        if (http.Request.ContentLength > maxBody)
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(maxBody));
        // A body without Content-Length (chunked) is cut off by the server at the same size.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = maxBody;
        IFormCollection form;
        string? raw = null;
        try
        {
            if (urlEncoded)
                raw = await RawAsync(http.Request, ct);
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, Limits(maxBody)));
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(maxBody));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(maxBody));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException)
        {
            return (null, StatusCodes.Status400BadRequest,
                    $"表单格式错误，无法读取。The form cannot be read: {e.Message} Send application/x-www-form-urlencoded or complete multipart/form-data.");
        }
        return RequestText.FormProblem(form, raw) is { } problem ? (null, StatusCodes.Status400BadRequest, problem) : (form, 200, null);
    }
}
