using Zones.GraphQL.Execution;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema;

/// <summary>
/// The request's DataLoaders: every "one row per parent" lookup is batched into one statement per
/// level of the query (<c>WHERE id = ANY($1)</c>), so query cost grows with depth, not row count.
/// </summary>
static class Loaders
{
    public static DataLoader<long, ZoneRow> Zones(ResolveContext ctx) =>
        ctx.Loader<long, ZoneRow>("zones", (ids, ct) => ctx.Get<ListQuery>().ByIdsAsync(Sources.Zones, ids.ToList(), z => z.Id, ct, includeRetired: true));

    public static DataLoader<long, ZoneRow[]> ZoneChildren(ResolveContext ctx) =>
        ctx.Loader<long, ZoneRow[]>("zoneChildren", async (ids, ct) =>
        {
            var children = await ctx.Get<ZoneStore>().ChildrenAsync(ids.ToList(), ct);
            return ids.ToDictionary(id => id, id => children[id].ToArray());
        });

    public static DataLoader<long, PersonRow> People(ResolveContext ctx) =>
        ctx.Loader<long, PersonRow>("people", (ids, ct) => ctx.Get<ListQuery>().ByIdsAsync(Sources.People, ids.ToList(), p => p.Id, ct, includeRetired: true));

    public static DataLoader<long, UnitRow> Units(ResolveContext ctx) =>
        ctx.Loader<long, UnitRow>("units", (ids, ct) => ctx.Get<ListQuery>().ByIdsAsync(Sources.Units, ids.ToList(), u => u.Id, ct, includeRetired: true));

    public static DataLoader<long, AssetRow> Assets(ResolveContext ctx) =>
        ctx.Loader<long, AssetRow>("assets", (ids, ct) => ctx.Get<ListQuery>().ByIdsAsync(Sources.Assets, ids.ToList(), a => a.Id, ct, includeRetired: true));

    public static DataLoader<long, RoadRow> Roads(ResolveContext ctx) =>
        ctx.Loader<long, RoadRow>("roads", (ids, ct) => ctx.Get<ListQuery>().ByIdsAsync(Sources.Roads, ids.ToList(), r => r.Id, ct, includeRetired: true));

    public static DataLoader<long, AssignmentRecord[]> ActiveOwners(ResolveContext ctx, TargetKind kind) =>
        ctx.Loader<long, AssignmentRecord[]>($"owners:{kind}", async (ids, ct) =>
        {
            var owners = await ctx.Get<OwnershipService>().ActiveOwnersAsync(kind, ids.ToList(), null, ct);
            return ids.ToDictionary(id => id, id => owners[id].OrderByDescending(a => a.IsPrimary).ToArray());
        });

    public static DataLoader<long, Zones.Server.Data.Complaints.ComplaintEvent[]> ComplaintEvents(ResolveContext ctx) =>
        ctx.Loader<long, Zones.Server.Data.Complaints.ComplaintEvent[]>("complaintEvents", async (ids, ct) =>
        {
            var events = await ctx.Get<Zones.Server.Data.Complaints.ComplaintStore>().EventsAsync(ids.ToList(), ct);
            return ids.ToDictionary(id => id, id => events[id].ToArray());
        });

    public static DataLoader<long, ResponsibleOwner> ResponsibleOwners(ResolveContext ctx) =>
        ctx.Loader<long, ResponsibleOwner>("responsibleOwners", (ids, ct) => ctx.Get<OwnershipService>().ResponsibleOwnersAsync(ids.ToList(), null, ct));
}
