using Zones.Server.Data.Complaints;

namespace Zones.Server.Data.Photos;

/// <summary>
/// Who may attach 整改前 / 整改后 photos to a case, and when: whoever may move the case
/// (<see cref="ComplaintPermissions.MayChange(Actor, Complaint)"/> — planners and admins, a cadre on
/// cases of theirs), at the steps of the disposing side: 整改前 at 签收 and 处置 (stages dispatched and
/// disposing), 整改后 at 处置 and 反馈 (disposing and feedback). Report photos come with the report itself.
/// </summary>
public static class PhotoPermissions
{
    static readonly Dictionary<string, string[]> StagesOf = new()
    {
        [PhotoPhases.Before] = [Stages.Dispatched, Stages.Disposing],
        [PhotoPhases.After] = [Stages.Disposing, Stages.Feedback],
    };

    /// <summary>The phases staff may upload (before, after).</summary>
    public static IReadOnlyCollection<string> StaffPhases => StagesOf.Keys;

    /// <summary>Whether photos of <paramref name="phase"/> may be attached to a case in <paramref name="stage"/>.</summary>
    public static bool FitsStage(string phase, string stage) => StagesOf.TryGetValue(phase, out var stages) && stages.Contains(stage);

    /// <summary>Why <paramref name="actor"/> may not attach photos of <paramref name="phase"/> to <paramref name="c"/> now; null when it may.</summary>
    public static UserError? Refusal(Actor actor, Complaint c, string phase)
    {
        if (!ComplaintPermissions.MayChange(actor, c))
            return new ForbiddenError(ComplaintPermissions.Refusal(actor, c));
        if (FitsStage(phase, c.Stage))
            return null;
        var steps = string.Join("、", StagesOf[phase].Select(Stages.Chinese));
        return new PhotoStageError($"案卷 {c.CaseNumber} 处于“{Stages.Chinese(c.Stage)}”环节，不能上传{PhotoPhases.Chinese(phase)}照片；" +
                                   $"{PhotoPhases.Chinese(phase)}照片在{steps}环节上传。" +
                                   $"Case {c.CaseNumber} is in stage '{c.Stage}': '{phase}' photos are attached in stages {string.Join(", ", StagesOf[phase])}.");
    }
}
