using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Zones.Server.Data;
using Zones.Server.Data.Photos;
using Zones.Server.Http.Auth;

namespace Zones.Server.Http;

/// <summary>
/// Photos on cases over HTTP (issue #14 §2). <c>GET /api/photos/{id}</c> and <c>…/thumbnail</c> serve
/// the stored JPEG to whoever <see cref="PhotoVisibility"/> lets see it (else 404, as for no photo);
/// the bytes never change, so the ETag is the id and a revalidation answers 304. Photos the public may
/// see are cacheable by anyone, the others only by the browser (<c>private</c>).
/// <c>POST /api/complaints/{id}/photos?phase=before|after</c> takes multipart field <c>photo</c> (one or
/// several files): every file is re-encoded first, and one that is not a usable image answers 400
/// naming it, with nothing stored; then all are stored in one transaction (<see cref="CasePhotoUpload"/>).
/// </summary>
static class PhotoEndpoint
{
    const string Field = "photo";

    public static IEndpointRouteBuilder MapZonesPhotos(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/photos/{id:long}", (HttpContext http, long id, PhotoStore photos, CancellationToken ct) => ServeAsync(http, id, false, photos, ct));
        app.MapGet("/api/photos/{id:long}/thumbnail", (HttpContext http, long id, PhotoStore photos, CancellationToken ct) => ServeAsync(http, id, true, photos, ct));
        app.MapPost("/api/complaints/{id:long}/photos", UploadAsync);
        return app;
    }

    static async Task ServeAsync(HttpContext http, long id, bool thumbnail, PhotoStore photos, CancellationToken ct)
    {
        var file = await photos.ReadAsync(id, thumbnail, ct);
        var access = http.Access();
        if (file is not { Photo: var p }
            || !PhotoVisibility.MaySee(p.Phase, file.Stage, await access.IsStaffOfAsync(p.TownshipCode, ct), await access.CanReadAsync(p.TownshipCode, ct)))
        {
            await HttpErrors.WriteAsync(http, 404, "NOT_FOUND", $"照片 {id} 不存在，或您无权查看。There is no photo {id} you may see.");
            return;
        }
        if (file.Bytes is null)
        {
            // Only a caller who may see the photo learns that its file is gone (PhotoStore logged the warning).
            await HttpErrors.WriteAsync(http, 404, "PHOTO_FILE_MISSING",
                $"照片 {id} 的文件在照片文件夹中找不到，请联系管理员从备份中恢复。The file of photo {id} is missing from the photo folder; an administrator can restore it from the backup.");
            return;
        }
        var everyone = file.TownshipIsPublic && PhotoVisibility.IsPublicPhase(p.Phase, file.Stage);
        var etag = $"\"photo-{id}{(thumbnail ? "-thumb" : "")}\"";
        http.Response.Headers.ETag = etag;
        // An hour, not forever: a case voided later takes its photos away from the public.
        http.Response.Headers.CacheControl = everyone ? "public, max-age=3600" : "private, max-age=3600";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = "image/jpeg";
        http.Response.ContentLength = file.Bytes.Length;
        await http.Response.Body.WriteAsync(file.Bytes, ct);
    }

    static async Task UploadAsync(HttpContext http, long id, PhotoEncoder encoder, CasePhotoUpload upload, PhotoOptions options, CancellationToken ct)
    {
        if (http.User.ToActor() is not { } actor)
        {
            await HttpErrors.WriteAsync(http, 401, "UNAUTHENTICATED", "上传照片需要登录。Sign in to attach photos to a case.");
            return;
        }
        var phase = http.Request.Query["phase"].ToString();
        if (!PhotoPermissions.StaffPhases.Contains(phase))
        {
            await HttpErrors.WriteAsync(http, 400, "INVALID_PARAMETER",
                $"参数 phase 须为 before（整改前）或 after（整改后），收到“{phase}”。The parameter phase must be before or after, not '{phase}'.");
            return;
        }
        if (await EncodeAsync(http, encoder, options, ct) is not { } encoded)
            return;
        // The phase was checked above: an input error left can only be the case's stage (409, the case is not there yet or any more).
        var result = await upload.AttachAsync(id, phase, encoded, actor, ct);
        if (result.Error is { } error)
        {
            await HttpErrors.WriteAsync(http, error switch { NotFoundError => 404, ForbiddenError => 403, _ => 409 },
                                        error.Code, error.Message);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { photos = result.Photos.Select(Json) }, JsonEncoding.Options, ct);
    }

    /// <summary>Every file of field <c>photo</c> re-encoded, or null after answering 400/413.</summary>
    static async Task<List<EncodedPhoto>?> EncodeAsync(HttpContext http, PhotoEncoder encoder, PhotoOptions options, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = (long)options.MaxBytes * options.MaxFilesPerUpload + (1 << 20);
        var files = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files.GetFiles(Field) : [];
        if (files.Count == 0 || files.Count > options.MaxFilesPerUpload)
        {
            await HttpErrors.WriteAsync(http, 400, files.Count == 0 ? "NO_PHOTO" : "TOO_MANY_PHOTOS",
                $"请以 multipart/form-data 上传 1 至 {options.MaxFilesPerUpload} 张照片，字段名 photo（收到 {files.Count} 张）。" +
                $"Send 1 to {options.MaxFilesPerUpload} photos as multipart/form-data field 'photo' (got {files.Count}).");
            return null;
        }
        var encoded = new List<EncodedPhoto>();
        foreach (var file in files)
        {
            try
            {
                encoder.CheckSize(file.Length);
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                encoded.Add(encoder.Encode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            }
            catch (PhotoRejected e)
            {
                await HttpErrors.WriteAsync(http, 400, "PHOTO_REJECTED",
                    $"照片“{file.FileName}”：{e.Message} 本次上传的照片均未保存。None of the photos of this upload were stored.");
                return null;
            }
        }
        return encoded;
    }

    /// <summary>A stored photo as the upload answers it (the names of GraphQL's CasePhoto).</summary>
    static object Json(CasePhoto p) => new
    {
        id = $"{p.Id}", phase = p.Phase, url = p.Url, thumbnailUrl = p.ThumbnailUrl, width = p.Width, height = p.Height,
        takenAt = p.TakenAt, uploadedAt = p.UploadedAt, uploadedBy = p.UploadedBy, exifLon = p.ExifLon, exifLat = p.ExifLat,
    };
}
