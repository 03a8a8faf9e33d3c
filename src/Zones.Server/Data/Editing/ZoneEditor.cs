using NetTopologySuite.Geometries;
using Npgsql;

namespace Zones.Server.Data.Editing;

/// <summary>
/// Writes to the zone tree (issue #4 §3): create, update, retire, split, merge, and shared-boundary
/// edits of several zones at once. Each call is one transaction named after its actor; it either
/// writes everything or nothing and returns the typed errors.
/// </summary>
/// <remarks>
/// Order of the checks: field values and geometry type (no database) → validity → the zone
/// exists and is live → <c>expectedVersion</c> matches the locked row → inside the parent →
/// no overlap with live siblings → no new gap in the parent → children still inside. Validity is
/// checked before the row is read because it needs nothing but the geometry; the parent and
/// sibling checks need the locked row, and against a stale version they would mislead.
/// Rows are locked <c>FOR UPDATE</c> (the edited zones, then their parents), so two planners
/// editing neighbours under the same parent take turns and cannot both pass the overlap check.
/// </remarks>
public sealed partial class ZoneEditor(NpgsqlDataSource db)
{
    const string InputField = "";
    const string BoundaryField = "boundary";

    /// <summary>Creates a zone under <see cref="CreateZoneInput.ParentId"/>.</summary>
    public Task<ZonePayload> CreateZoneAsync(Actor actor, CreateZoneInput input, CancellationToken ct) =>
        db.WriteAsync(actor, Problems.Name(input.Name, true, "name") ?? Problems.ZoneCode(input.Code, "code")
                             ?? NotRetired(input.Status) ?? BoundaryChecks.CheckType(input.Boundary, BoundaryField),
                      tx => CreateAsync(tx, input, ct), e => ZonePayload.Fail(DbErrors.WithValue(e, input.Code)), ct);

    /// <summary>Changes a zone's boundary and/or name, code, status (not to retired: see <see cref="DeleteZoneAsync"/>).</summary>
    public Task<ZonePayload> UpdateZoneAsync(Actor actor, UpdateZoneInput input, CancellationToken ct)
    {
        var error = Problems.Name(input.Name, false, "name") ?? Problems.ZoneCode(input.Code, "code")
                    ?? NotRetired(input.Status) ?? (input.Boundary is { } b ? BoundaryChecks.CheckType(b, BoundaryField) : null);
        return db.WriteAsync(actor, error, tx => UpdateAsync(tx, input, ct), e => ZonePayload.Fail(DbErrors.WithValue(e, input.Code)), ct);
    }

    /// <summary>
    /// Retires a zone (<c>valid_to = now()</c>, status retired; history keeps it) and ends its active
    /// assignments now. Refused while it has live children: retire, merge or move them first.
    /// </summary>
    public Task<ZonePayload> DeleteZoneAsync(Actor actor, ZoneVersion input, CancellationToken ct) =>
        db.WriteAsync(actor, tx => DeleteAsync(tx, input, ct), ZonePayload.Fail, ct);

    async Task<ZonePayload> CreateAsync(NpgsqlTransaction tx, CreateZoneInput input, CancellationToken ct)
    {
        var options = input.Options ?? ZoneEditOptions.Default;
        var placed = await PlaceNewAsync(tx, input, options, ct);
        if (placed.Failed)
            return new(null, placed.Errors);
        var (parent, boundary) = placed.Value;
        var township = parent?.TownshipCode ?? input.TownshipCode!;
        var errors = await BoundaryChecks.SiblingsAsync(tx, township, [new(0, parent?.Id, input.Name, boundary)], [],
                                                        options, BoundaryField, ct);
        if (errors.Count > 0)
            return new(null, errors);
        var codes = input.Code is { } code ? Step<List<string>>.Ok([code]) : await NewCodesAsync(tx, parent, 1, ct);
        if (codes.Failed)
            return new(null, codes.Errors);
        return new(await ZoneRows.InsertAsync(tx, township, parent?.Id, input.Level, codes.Value![0], input.Name,
                                              input.Status, boundary, ct), []);
    }

    /// <summary>A new zone's boundary checked for validity and fitted into its parent (null for a top zone).</summary>
    static async Task<Step<(ZoneRecord? Parent, Geometry Boundary)>> PlaceNewAsync(NpgsqlTransaction tx, CreateZoneInput input,
                                                                                   ZoneEditOptions options, CancellationToken ct)
    {
        var valid = await BoundaryChecks.ValidateAsync(tx, input.Boundary, options.AutoRepair, BoundaryField, ct);
        if (valid.Failed)
            return Step<(ZoneRecord?, Geometry)>.Fail(valid.Errors);
        var parent = await ParentOfNewAsync(tx, input, ct);
        if (parent.Failed)
            return Step<(ZoneRecord?, Geometry)>.Fail(parent.Errors);
        if (parent.Value is not { } p)
            return Step<(ZoneRecord?, Geometry)>.Ok((null, valid.Value!));
        var fit = await BoundaryChecks.FitParentAsync(tx, valid.Value!, p, p.Boundary, options.ClipToParent, BoundaryField, ct);
        return fit.Failed ? Step<(ZoneRecord?, Geometry)>.Fail(fit.Errors) : Step<(ZoneRecord?, Geometry)>.Ok((p, fit.Value!));
    }

    async Task<ZonePayload> UpdateAsync(NpgsqlTransaction tx, UpdateZoneInput input, CancellationToken ct)
    {
        var options = input.Options ?? ZoneEditOptions.Default;
        var valid = input.Boundary is { } b ? await BoundaryChecks.ValidateAsync(tx, b, options.AutoRepair, BoundaryField, ct) : default;
        if (valid.Failed)
            return new(null, valid.Errors);
        var locked = await LockVersionsAsync(tx, [new(input.Id, input.ExpectedVersion)], InputField, ct);
        if (locked.Failed)
            return new(null, locked.Errors);
        Geometry? boundary = null;
        if (valid.Value is { } g)
        {
            var placed = await PlaceAsync(tx, locked.Value!, [g], options, [BoundaryField], BoundaryField, ct);
            if (placed.Failed)
                return new(null, placed.Errors);
            boundary = placed.Value![0];
        }
        return new(await ZoneRows.UpdateAsync(tx, input.Id, boundary, input.Name, input.Code, input.Status, ct), []);
    }

    async Task<ZonePayload> DeleteAsync(NpgsqlTransaction tx, ZoneVersion input, CancellationToken ct)
    {
        var locked = await LockVersionsAsync(tx, [input], InputField, ct);
        if (locked.Failed)
            return new(null, locked.Errors);
        var zone = locked.Value![0];
        var children = await ZoneRows.LiveChildrenAsync(tx, [zone.Id], ct);
        if (children.Count > 0)
            return ZonePayload.Fail(ZoneHasChildrenError.Of(zone, children, InputField));
        var retired = await ZoneRows.RetireAsync(tx, [zone.Id], ct);
        await ZoneRows.CarryAssignmentsAsync(tx, [zone.Id], [], ct);
        return new(retired[0], []);
    }

    // Retiring sets valid_to and ends assignments too; a status alone would leave a live "retired" zone.
    static InvalidInputError? NotRetired(ZoneStatus? status) =>
        status == ZoneStatus.Retired
            ? Problems.Invalid("撤销片区请使用“撤销”操作，不能只改状态", "Retire a zone by retiring it, not by setting its status", "status")
            : null;

    /// <summary>The live parent of a new zone (null for a top zone), checked for township and level.</summary>
    static async Task<Step<ZoneRecord?>> ParentOfNewAsync(NpgsqlTransaction tx, CreateZoneInput input, CancellationToken ct)
    {
        if (input.ParentId is not { } id)
            return input.TownshipCode is null
                ? Step<ZoneRecord?>.Fail(Problems.Invalid("没有上级的片区必须指定所属乡镇",
                                                          "A zone without parent needs its township", "townshipCode"))
                : await tx.RefusalAsync(input.TownshipCode, ct) is { } refused
                    ? Step<ZoneRecord?>.Fail(refused)
                    : Step<ZoneRecord?>.Ok(null);
        if (await ZoneRows.LockLiveAsync(tx, id, ct) is not { } parent)
            return Step<ZoneRecord?>.Fail(Problems.ZoneNotFound(id, "parentId"));
        if (await tx.RefusalAsync(parent.TownshipCode, ct) is { } foreign)
            return Step<ZoneRecord?>.Fail(foreign);
        if (input.TownshipCode is { } t && t != parent.TownshipCode)
            return Step<ZoneRecord?>.Fail(Problems.Invalid($"上级片区属于乡镇 {parent.TownshipCode}，不是 {t}",
                $"The parent belongs to township {parent.TownshipCode}, not {t}", "townshipCode"));
        return input.Level > parent.Level
            ? Step<ZoneRecord?>.Ok(parent)
            : Step<ZoneRecord?>.Fail(Problems.Invalid($"下级片区的层级必须低于上级（上级为 {parent.Level}）",
                $"A child must be a lower level than its parent ({parent.Level}): choose a level below it", "level"));
    }
}
