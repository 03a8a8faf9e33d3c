using Npgsql;

namespace Zones.Server.Data.Editing;

// Merge: siblings dissolved into one zone.
public sealed partial class ZoneEditor
{
    const string ZonesField = "zones";

    /// <summary>
    /// Merges sibling zones (same parent and level) into the first one listed, which keeps its id,
    /// assignments and complaints and gets the union of the boundaries (<c>ST_Union</c>), plus the
    /// new name and code if given. The others are retired, their children move to the merged zone
    /// and their active assignments end now. The zones need not touch: a zone may have exclaves
    /// (飞地), and the result is then a MultiPolygon. Every zone's expected version is checked.
    /// </summary>
    public Task<MergeZonesPayload> MergeZonesAsync(Actor actor, MergeZonesInput input, CancellationToken ct)
    {
        var error = Problems.DistinctIds(input.Zones.Select(z => z.Id).ToList(), 2, ZonesField)
                    ?? Problems.Name(input.Name, false, "name") ?? Problems.ZoneCode(input.Code, "code");
        return db.WriteAsync(actor, error, tx => MergeAsync(tx, input, ct), e => MergeZonesPayload.Fail(DbErrors.WithValue(e, input.Code)), ct);
    }

    async Task<MergeZonesPayload> MergeAsync(NpgsqlTransaction tx, MergeZonesInput input, CancellationToken ct)
    {
        var locked = await LockVersionsAsync(tx, input.Zones, ZonesField, ct);
        if (locked.Failed)
            return new(null, [], [], locked.Errors);
        var zones = locked.Value!;
        if (zones.Select(z => (z.TownshipCode, z.ParentId, z.Level)).Distinct().Count() > 1)
            return MergeZonesPayload.Fail(Problems.Invalid("只能合并同一上级下、同一层级的片区",
                                                           "Only siblings (same parent, same level) can be merged", ZonesField));
        await ParentsAsync(tx, zones, ct);
        var survivor = zones[0].Id;
        var others = zones.Skip(1).Select(z => z.Id).ToList();
        var children = await ZoneRows.LiveChildrenAsync(tx, others, ct);
        await ZoneRows.ReparentAsync(tx, children.Select(c => c.Id), survivor, ct);
        var retired = await ZoneRows.RetireAsync(tx, others, ct);
        await ZoneRows.CarryAssignmentsAsync(tx, others, [], ct);
        var merged = await ZoneRows.MergeIntoAsync(tx, survivor, zones.Select(z => z.Id), input.Name, input.Code, ct);
        return new(merged, retired, children.Select(c => new ChildMove(c.Id, survivor)).ToList(), []);
    }
}
