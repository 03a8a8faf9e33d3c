using System.Globalization;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Zones.Server.Data.Editing;

// Shared-boundary edits (issue #6).
public sealed partial class ZoneEditor
{
    const string EditsField = "edits";

    /// <summary>
    /// Saves new boundaries of several zones in one transaction, so a moved shared vertex or edge
    /// never leaves a gap or an overlap between them even for an instant. The checks run on the
    /// set as a whole: overlaps among the edited zones, with their other siblings, gaps the set
    /// would open, children left outside. Zones of several levels may be edited together (a
    /// 片区 edge that is also a 村 edge): a child is fitted into its parent's new boundary.
    /// </summary>
    public Task<ZonesPayload> UpdateZonesTogetherAsync(Actor actor, IReadOnlyList<ZoneBoundaryEdit> edits,
                                                       ZoneEditOptions? options, CancellationToken ct)
    {
        var error = Problems.DistinctIds(edits.Select(e => e.Id).ToList(), 1, EditsField)
                    ?? edits.Select((e, i) => BoundaryChecks.CheckType(e.Boundary, EditField(i))).FirstOrDefault(e => e is not null);
        return db.WriteAsync(actor, error, tx => TogetherAsync(tx, edits, options ?? ZoneEditOptions.Default, ct), ZonesPayload.Fail, ct);
    }

    async Task<ZonesPayload> TogetherAsync(NpgsqlTransaction tx, IReadOnlyList<ZoneBoundaryEdit> edits, ZoneEditOptions options,
                                           CancellationToken ct)
    {
        var valid = new List<Geometry>();
        var errors = new List<UserError>();
        for (var i = 0; i < edits.Count; i++)
        {
            var step = await BoundaryChecks.ValidateAsync(tx, edits[i].Boundary, options.AutoRepair, EditField(i), ct);
            if (step.Failed)
                errors.AddRange(step.Errors);
            else
                valid.Add(step.Value!);
        }
        if (errors.Count > 0)
            return new([], errors);
        var locked = await LockVersionsAsync(tx, edits.Select(e => new ZoneVersion(e.Id, e.ExpectedVersion)).ToList(), EditsField, ct);
        if (locked.Failed)
            return new([], locked.Errors);
        if (locked.Value!.Select(z => z.TownshipCode).Distinct().Count() > 1)
            return ZonesPayload.Fail(Problems.Invalid("一次只能修改同一乡镇的片区", "Edit zones of one township at a time", EditsField));
        var fields = edits.Select((_, i) => EditField(i)).ToList();
        var placed = await PlaceAsync(tx, locked.Value!, valid, options, fields, EditsField, ct);
        if (placed.Failed)
            return new([], placed.Errors);
        var saved = new List<ZoneRecord>();
        for (var i = 0; i < edits.Count; i++)
            saved.Add(await ZoneRows.UpdateAsync(tx, edits[i].Id, placed.Value![i], null, null, null, ct));
        return new(saved, []);
    }

    static string EditField(int i) => string.Create(CultureInfo.InvariantCulture, $"edits.{i}.boundary");
}
