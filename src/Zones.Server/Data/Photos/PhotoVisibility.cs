using Zones.Server.Data.Complaints;

namespace Zones.Server.Data.Photos;

/// <summary>
/// THE rule for who sees a case's photos (issue #14 §2), used by <c>GET /api/photos/{id}</c> and by
/// GraphQL <c>Complaint.photos</c> alike:
/// <list type="bullet">
/// <item>staff (admin, planner, cadre, viewer; <see cref="Access.ReporterPrivacy.IsStaff"/>) whose scope
/// covers the case's township see every photo of the case, whatever its phase;</item>
/// <item>everyone else who may read the township (anonymous callers of a public township, hotline keys,
/// staff of other townships) sees the photos of phases <c>report</c> and <c>after</c> only — the
/// problem as reported and as fixed, what Open311 <c>media_url</c> and the resident status page show —
/// and none at all once the case is voided (作废: a report that was abuse or a mistake);</item>
/// <item>nobody else sees anything (the answer is 404, as for a photo that does not exist).</item>
/// </list>
/// 整改前 photos stay with the township's staff: they show the problem before anyone took it on.
/// </summary>
public static class PhotoVisibility
{
    static readonly string[] PublicPhases = [PhotoPhases.Report, PhotoPhases.After];

    /// <summary>Whether a caller may see a photo of <paramref name="phase"/> of a case in <paramref name="stage"/>.</summary>
    /// <param name="staffOfTownship">The caller is staff whose scope covers the case's township.</param>
    /// <param name="mayReadTownship">The caller may read the case's township (readable_townships, 0008).</param>
    public static bool MaySee(string phase, string stage, bool staffOfTownship, bool mayReadTownship) =>
        staffOfTownship || (mayReadTownship && IsPublicPhase(phase, stage));

    /// <summary>Whether an outsider who may read the township sees a photo of this phase of a case in this stage.</summary>
    public static bool IsPublicPhase(string phase, string stage) =>
        PublicPhases.Contains(phase) && stage != Stages.Voided;
}
