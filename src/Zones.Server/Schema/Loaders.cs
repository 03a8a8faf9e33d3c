using Zones.GraphQL.Execution;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema;

/// <summary>
/// The request's DataLoaders: every "one row per parent" lookup is batched into one statement per
/// level of the query (<c>WHERE id = ANY($1)</c>), so query cost grows with depth, not row count.
/// Every loader keeps to the caller's readable townships: a reference into a township the caller
/// may not read resolves to null (or is left out of a list), exactly as a missing row.
/// </summary>
static class Loaders
{
    public static DataLoader<long, ZoneRow> Zones(ResolveContext ctx) => ById(ctx, "zones", Sources.Zones, z => z.Id);

    public static DataLoader<long, ZoneRow[]> ZoneChildren(ResolveContext ctx) =>
        ctx.Loader<long, ZoneRow[]>("zoneChildren", async (ids, ct) =>
        {
            var children = await ctx.Get<ZoneStore>().ChildrenAsync(ids.ToList(), await ctx.ReadableAsync(), ct);
            return ids.ToDictionary(id => id, id => children[id].ToArray());
        });

    public static DataLoader<long, PersonRow> People(ResolveContext ctx) => ById(ctx, "people", Sources.People, p => p.Id);

    public static DataLoader<long, UnitRow> Units(ResolveContext ctx) => ById(ctx, "units", Sources.Units, u => u.Id);

    public static DataLoader<long, AssetRow> Assets(ResolveContext ctx) => ById(ctx, "assets", Sources.Assets, a => a.Id);

    public static DataLoader<long, RoadRow> Roads(ResolveContext ctx) => ById(ctx, "roads", Sources.Roads, r => r.Id);

    public static DataLoader<long, ComplaintRow> Complaints(ResolveContext ctx) => ById(ctx, "complaints", Sources.Complaints, c => c.Id);

    public static DataLoader<long, AssignmentRecord[]> ActiveOwners(ResolveContext ctx, TargetKind kind) =>
        ctx.Loader<long, AssignmentRecord[]>($"owners:{kind}", async (ids, ct) =>
        {
            var owners = await ctx.Get<OwnershipService>().ActiveOwnersAsync(kind, ids.ToList(), null, ct);
            var readable = await ReadableAsync(ctx);
            return ids.ToDictionary(id => id, id => owners[id].Where(a => readable(a.TownshipCode)).OrderByDescending(a => a.IsPrimary).ToArray());
        });

    public static DataLoader<long, Zones.Server.Data.Complaints.ComplaintEvent[]> ComplaintEvents(ResolveContext ctx) =>
        ctx.Loader<long, Zones.Server.Data.Complaints.ComplaintEvent[]>("complaintEvents", async (ids, ct) =>
        {
            var events = await ctx.Get<Zones.Server.Data.Complaints.ComplaintStore>().EventsAsync(ids.ToList(), ct);
            return ids.ToDictionary(id => id, id => events[id].ToArray());
        });

    /// <summary>
    /// The photos of a page of cases in one statement, each case's filtered by <see cref="Data.Photos.PhotoVisibility"/>
    /// (the key carries the case's township and stage, which the rule needs).
    /// </summary>
    public static DataLoader<(string Township, long Id, string Stage), Data.Photos.CasePhoto[]> ComplaintPhotos(ResolveContext ctx) =>
        ctx.Loader<(string Township, long Id, string Stage), Data.Photos.CasePhoto[]>("complaintPhotos", async (keys, ct) =>
        {
            var photos = await ctx.Get<Data.Photos.PhotoStore>().ForComplaintsAsync(keys.Select(k => (k.Township, k.Id)).ToList(), ct);
            var access = ctx.Zones().Access;
            var result = new Dictionary<(string, long, string), Data.Photos.CasePhoto[]>();
            foreach (var k in keys)
            {
                var (staff, readable) = (await access.IsStaffOfAsync(k.Township, ct), await access.CanReadAsync(k.Township, ct));
                result[k] = photos[k.Id].Where(p => Data.Photos.PhotoVisibility.MaySee(p.Phase, k.Stage, staff, readable)).ToArray();
            }
            return result;
        });

    /// <summary>属地兜底 owners; one found up the tree in a township the caller may not read is left out.</summary>
    public static DataLoader<long, ResponsibleOwner> ResponsibleOwners(ResolveContext ctx) => ResponsibleOwners(ctx, TargetKind.Zone);

    /// <summary>属地兜底 owners of roads, assets or shops (their own primary, else their zone's up the tree).</summary>
    public static DataLoader<long, ResponsibleOwner> ResponsibleOwners(ResolveContext ctx, TargetKind kind) =>
        ctx.Loader<long, ResponsibleOwner>(kind == TargetKind.Zone ? "responsibleOwners" : $"responsibleOwners:{kind}", async (ids, ct) =>
        {
            var owners = await ctx.Get<OwnershipService>().ResponsibleOwnersAsync(kind, ids.ToList(), null, ct);
            var readable = await ReadableAsync(ctx);
            return owners.Where(o => readable(o.Value.Assignment.TownshipCode)).ToDictionary();
        });

    /// <summary>The caller's readable townships as a membership test (for rows read without a township filter in SQL).</summary>
    public static async Task<Func<string, bool>> ReadableAsync(ResolveContext ctx)
    {
        var readable = (await ctx.ReadableAsync()).ToHashSet(StringComparer.Ordinal);
        return readable.Contains;
    }

    static DataLoader<long, T> ById<T>(ResolveContext ctx, string name, ListSource<T> source, Func<T, long> idOf) where T : notnull =>
        ctx.Loader<long, T>(name, async (ids, ct) =>
            await ctx.Get<ListQuery>().ByIdsAsync(source, ids.ToList(), idOf, ct, includeRetired: true, townships: await ctx.ReadableAsync()));
}
