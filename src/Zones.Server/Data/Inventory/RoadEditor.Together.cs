using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Inventory;

// Several segments in one transaction (issue #13 §3): a junction vertex moved on the map moves the
// ends of every road that meets there.
public sealed partial class RoadEditor
{
    const string RoadsField = "roads";

    /// <summary>More than this in one call is not a junction edit; the map never sends so many.</summary>
    public const int MaxTogether = 50;

    // noding leaves its temporary tables until commit; a second road noded in the same transaction starts afresh.
    const string DropNodingSql = "DROP TABLE IF EXISTS new_road, road_line, road_snap, road_junction, road_piece, road_split";

    const string CurrentSql = $"SELECT {Columns} FROM zones.road WHERE id = $1";

    /// <summary>
    /// Replaces several segments at once, all or nothing: every version is checked and every line
    /// written first, then each moved line is noded against the others as they now are. So roads that
    /// shared a node before share the node at its new place (the road graph of migration 0016 never
    /// sees one end moved without the others), and a stale version of any of them writes nothing.
    /// The payload's <c>Roads</c> are the roads as saved, with the pieces a new junction cut.
    /// </summary>
    public Task<RoadPayload> UpdateRoadsAsync(Actor actor, IReadOnlyList<UpdateRoadInput> inputs, CancellationToken ct)
    {
        var error = Count(inputs) ?? inputs.Select(input => InventoryChecks.Road(input.Fields)).FirstOrDefault(e => e is not null);
        return db.WriteAsync(actor, error, tx => TogetherAsync(tx, inputs, ct), RoadPayload.Fail, ct);
    }

    static UserError? Count(IReadOnlyList<UpdateRoadInput> inputs) =>
        inputs.Count == 0 ? Problems.Invalid("至少需要 1 条路段", "At least one road is needed", RoadsField)
        : inputs.Count > MaxTogether ? Problems.Invalid($"一次最多修改 {MaxTogether} 条路段", $"At most {MaxTogether} roads at a time", RoadsField)
        : inputs.Select(i => i.Id).Distinct().Count() != inputs.Count ? Problems.Invalid("路段编号有重复", "The road ids repeat", RoadsField)
        : null;

    static async Task<RoadPayload> TogetherAsync(NpgsqlTransaction tx, IReadOnlyList<UpdateRoadInput> inputs, CancellationToken ct)
    {
        var moved = new List<long>();
        foreach (var input in inputs)
        {
            var moves = await tx.FirstAsync(MovesSql, [P(input.Id), Geom(input.Fields.Line)], r => r.GetBoolean(0), ct);
            var changed = await ChangeAsync(tx, input.Id, input.ExpectedVersion, UpdateSql, Values(input.Fields), ct);
            if (changed.Errors.Count > 0)
                return changed;
            if (moves)
                moved.Add(input.Id);
        }
        var pieces = new List<RoadRecord>();
        var split = new List<RoadRecord>();
        foreach (var id in moved)
        {
            await tx.ExecuteAsync(DropNodingSql, [], ct);
            // Re-read: noding an earlier road of the set may have cut this one.
            var payload = await RoadSplitting.ReNodeAsync(tx, (await tx.FirstAsync(CurrentSql, [P(id)], Read, ct))!, Read, ct);
            pieces.AddRange(payload.Roads);
            split.AddRange(payload.SplitRoads);
        }
        var ids = inputs.Select(i => i.Id).Concat(pieces.Select(p => p.Id)).Distinct().ToList();
        var saved = new List<RoadRecord>();
        foreach (var id in ids)
            saved.Add((await tx.FirstAsync(CurrentSql, [P(id)], Read, ct))!);
        return new(saved[0], []) { Roads = saved, SplitRoads = split.Where(s => !ids.Contains(s.Id)).DistinctBy(s => s.Id).ToList() };
    }
}
