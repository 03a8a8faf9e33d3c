using Zones.Server.Data.Complaints;

namespace Zones.Server.Data.Photos;

/// <summary>
/// Who may attach 整改前 / 整改后 photos to a case, and when: whoever may move the case
/// (<see cref="ComplaintPermissions.MayChange(Actor, long?, long?)"/> — planners and admins, a cadre on
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
    /// <returns>A <see cref="ForbiddenError"/>, or an <see cref="InvalidInputError"/> on <c>phase</c> when the stage does not fit.</returns>
    public static UserError? Refusal(Actor actor, PhotoCase c, string phase)
    {
        if (!ComplaintPermissions.MayChange(actor, c.ResponsiblePersonId, c.ResponsibleUnitId))
            return new ForbiddenError(actor.Role == Roles.Cadre
                ? $"案卷 {c.CaseNumber} 不由您或您的单位负责，不能上传照片。Case {c.CaseNumber} is not assigned to you or your unit."
                : $"角色 {actor.Role} 不能为案卷上传整改照片。The role {actor.Role} cannot attach photos to cases.");
        if (FitsStage(phase, c.Stage))
            return null;
        var steps = string.Join("、", StagesOf[phase].Select(Stages.Chinese));
        return new InvalidInputError($"案卷 {c.CaseNumber} 处于“{Stages.Chinese(c.Stage)}”环节，不能上传{PhotoPhases.Chinese(phase)}照片；" +
                                   $"{PhotoPhases.Chinese(phase)}照片在{steps}环节上传。" +
                                   $"Case {c.CaseNumber} is in stage '{c.Stage}': '{phase}' photos are attached in stages {string.Join(", ", StagesOf[phase])}.", "phase");
    }
}
