using Npgsql;
using Zones.Server.Data.Editing;

namespace Zones.Server.Data.Photos;

/// <summary>What a staff upload stored, or why it stored nothing.</summary>
public sealed record PhotoUploadResult(IReadOnlyList<CasePhoto> Photos, UserError? Error);

/// <summary>
/// Attaches staff photos (整改前 / 整改后) to a case: one transaction for all of them, the case row
/// locked so its stage cannot move meanwhile, the same checks in the same order as a workflow step
/// (the case exists, its township is in the actor's scope, the actor may handle it, the stage fits).
/// Encoding happens before (<see cref="PhotoEncoder"/>), so a bad file stores nothing at all.
/// </summary>
public sealed class CasePhotoUpload(NpgsqlDataSource db, PhotoStore photos)
{
    public Task<PhotoUploadResult> AttachAsync(long complaintId, string phase, IReadOnlyList<EncodedPhoto> encoded, Actor actor,
                                               CancellationToken ct) =>
        db.InTransactionAsync(actor, async (conn, tx) =>
        {
            if (await photos.LockCaseAsync(conn, tx, complaintId, ct) is not { } c)
                return Fail(new NotFoundError($"案卷 {complaintId} 不存在。There is no case {complaintId}.", "id"));
            if (await WriteScope.RefusalAsync(conn, tx, c.TownshipCode, ct) is { } outside)
                return Fail(outside);
            if (PhotoPermissions.Refusal(actor, c, phase) is { } refusal)
                return Fail(refusal);
            var ids = new HashSet<long>();
            foreach (var photo in encoded)
                ids.Add(await photos.AddAsync(conn, tx, c.TownshipCode, c.Id, phase, photo, actor, ct));
            var stored = await photos.ForComplaintAsync(conn, tx, c.TownshipCode, c.Id, ct);
            return new PhotoUploadResult(stored.Where(p => ids.Contains(p.Id)).ToList(), null);
        }, r => r.Error is null, ct);

    static PhotoUploadResult Fail(UserError error) => new([], error);
}
