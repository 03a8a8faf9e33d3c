namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>
/// Staff photo uploads (issue #14 §2): the permission of the workflow step — planners and admins, a
/// cadre on a case of theirs — inside their scope; a fresh dispatched case takes 整改前 photos.
/// </summary>
public static partial class WriteMatrix
{
    static IEnumerable<WriteCase> PhotoWrites =>
    [
        new("POST /api/complaints/{id}/photos", null, Handlers, true,
            async (f, t) => await f.ComplaintAsync(t, t.CadrePersonId, t.CadreUnitId), WriteAnswer.PhotoPostAsync),
    ];
}
