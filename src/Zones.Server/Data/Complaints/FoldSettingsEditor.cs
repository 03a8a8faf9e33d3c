using Npgsql;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Rules;

namespace Zones.Server.Data.Complaints;

/// <summary>The settings an admin changes; null = keep the value in force. <see cref="UseDefaults"/> drops the township's own settings.</summary>
public sealed record FoldSettingsChange(double? ComponentRadiusM = null, double? EventRadiusM = null, int? WindowDays = null,
                                        bool? Enabled = null, bool UseDefaults = false)
{
    public FoldSettings Apply(FoldSettings now) =>
        new(ComponentRadiusM ?? now.ComponentRadiusM, EventRadiusM ?? now.EventRadiusM, WindowDays ?? now.WindowDays,
            Enabled ?? now.Enabled, true);
}

/// <summary>The folding settings after the change, or the errors.</summary>
public sealed record FoldSettingsPayload(FoldSettings? Settings, IReadOnlyList<UserError> Errors) : IPayload
{
    internal static FoldSettingsPayload Fail(UserError error) => new(null, [error]);
}

/// <summary>
/// A township's folding settings (并案, issue #14 §3; <c>zones.complaint_fold_setting</c>): how far apart and
/// how many days apart two reports of one category may be to count as one problem. Intake reads them at
/// every report, so a change applies to the next one. Admins of the township or its county change them
/// (the write scope of migration 0009); the audit log keeps old and new.
/// </summary>
public sealed class FoldSettingsEditor(NpgsqlDataSource db, FoldStore folds)
{
    public const double MaxRadiusM = 2000;
    public const int MaxWindowDays = 90;

    /// <summary>
    /// Stores the township's own settings: the values given, the ones in force for those left out (or, with
    /// <see cref="FoldSettingsChange.UseDefaults"/>, drops them). All problems are reported at once and then nothing is stored.
    /// </summary>
    public Task<FoldSettingsPayload> UpdateAsync(Actor actor, string townshipCode, FoldSettingsChange change, CancellationToken ct) =>
        db.WriteAsync(actor, async tx =>
        {
            if (await TownshipCheck.RefuseAsync(tx, townshipCode, ct) is { } refused)
                return FoldSettingsPayload.Fail(refused);
            if (change.UseDefaults)
            {
                // 恢复默认: no row, so a later change of the shipped defaults reaches this township too.
                await folds.DropSettingsAsync(tx.Connection!, tx, townshipCode, ct);
                return new FoldSettingsPayload(await folds.SettingsAsync(tx.Connection!, tx, townshipCode, ct), []);
            }
            var settings = change.Apply(await folds.SettingsAsync(tx.Connection!, tx, townshipCode, ct));
            if (Check(settings) is { Count: > 0 } errors)
                return new FoldSettingsPayload(null, errors);
            await folds.SaveSettingsAsync(tx.Connection!, tx, townshipCode, settings, ct);
            return new FoldSettingsPayload(await folds.SettingsAsync(tx.Connection!, tx, townshipCode, ct), []);
        }, FoldSettingsPayload.Fail, ct);

    /// <summary>Every problem of the values at once, in words a clerk understands.</summary>
    public static List<UserError> Check(FoldSettings s)
    {
        var errors = new List<UserError>();
        foreach (var (field, label, value) in new[] { ("componentRadiusM", "部件并案半径", s.ComponentRadiusM),
                                                      ("eventRadiusM", "事件并案半径", s.EventRadiusM) })
            if (!double.IsFinite(value) || value <= 0 || value > MaxRadiusM)
                errors.Add(new InvalidInputError($"{label}应在 0–{MaxRadiusM:0} 米之间（大于 0），现为 {value}。" +
                                                 $"{field} must be more than 0 and at most {MaxRadiusM:0} metres (it is {value}).", field));
        if (s.WindowDays is < 1 or > MaxWindowDays)
            errors.Add(new InvalidInputError($"并案时限应为 1–{MaxWindowDays} 天，现为 {s.WindowDays} 天。" +
                                             $"windowDays must be 1 to {MaxWindowDays} days (it is {s.WindowDays}).", "windowDays"));
        return errors;
    }
}
