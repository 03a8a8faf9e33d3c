using Zones.Server.Data;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>
/// The read paths of photos on cases (issue #14 §2, Data/Photos/PhotoVisibility.cs): 整改后 photos for
/// whoever reads the case; 整改前 photos for the staff (admin, planner, cadre, viewer) of the case's
/// township only — not anonymous callers, not hotline keys, not staff of another township.
/// </summary>
public static partial class ReadMatrix
{
    static readonly Func<MatrixActor, MatrixTownship, bool> TownshipStaff =
        (actor, t) => actor.MayWrite(t, [Roles.Admin, Roles.Planner, Roles.Cadre, Roles.Viewer]);

    static IEnumerable<ReadCase> Photos =>
    [
        ReadCase.Get("photo 整改后", t => $"/api/photos/{t.AfterPhotoId}", Found),
        ReadCase.Get("photo 整改后 thumbnail", t => $"/api/photos/{t.AfterPhotoId}/thumbnail", Found),
        ReadCase.Get("photo 整改前", t => $"/api/photos/{t.BeforePhotoId}", Found) with { Expected = TownshipStaff },
        ReadCase.Get("photo 整改前 thumbnail", t => $"/api/photos/{t.BeforePhotoId}/thumbnail", Found) with { Expected = TownshipStaff },
        Gql("complaint(id) photos 整改后", "query($v: ID!) { x: complaint(id: $v) { photos { id } } }", t => $"{t.ComplaintId}",
            (x, t) => x.GetProperty("photos").EnumerateArray().Any(p => p.GetProperty("id").GetString() == $"{t.AfterPhotoId}")),
        Gql("complaint(id) photos 整改前", "query($v: ID!) { x: complaint(id: $v) { photos { id } } }", t => $"{t.ComplaintId}",
            (x, t) => x.GetProperty("photos").EnumerateArray().Any(p => p.GetProperty("id").GetString() == $"{t.BeforePhotoId}"))
            with { Expected = TownshipStaff },
    ];
}
