using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.History;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>A zone version in force at the asked moment with the 包联 in force then (primary first).</summary>
sealed record ZoneVersionValue(ZoneRow Row, AssignmentRecord[] Owners);

/// <summary>
/// Zones through time (issue #13 §E): <c>zonesAsOf</c> for the map's date control and
/// <c>Zone.history</c> for the details panel.
/// </summary>
public static class TimeTypes
{
    public static readonly EnumType ZoneChangeKind = new("ZoneChangeKind", e =>
    {
        e.Value("CREATED", "CREATED", "新建");
        e.Value("BOUNDARY", "BOUNDARY", "边界调整");
        e.Value("RENAMED", "RENAMED", "更名");
        e.Value("STATUS", "STATUS", "状态变更 (before/after: DRAFT, PUBLISHED, RETIRED)");
        e.Value("OWNER_ASSIGNED", "OWNER_ASSIGNED", "包联开始 (before: the owner handed over from)");
        e.Value("OWNER_ENDED", "OWNER_ENDED", "包联结束 (not listed when a successor took over at that instant)");
        e.Value("PARENT", "PARENT", "上级片区变更 (before/after: the parents' names)");
    });

    public static readonly ObjectType ZoneVersion = new("ZoneVersion", t =>
    {
        t.Description("A zone as it was at the asked moment (one version from the zone's history, or the live row).");
        t.Field("zoneId", "ID!", v => V(v).Row.Id);
        t.Field("code", "String!", v => V(v).Row.Code);
        t.Field("name", "String!", v => V(v).Row.Name);
        t.Field("level", "ZoneLevel!", v => V(v).Row.Level);
        t.Field("status", "ZoneStatus!", v => V(v).Row.Status);
        t.Field("version", "Int!", v => V(v).Row.Version);
        t.Field("validFrom", "DateTime!", v => V(v).Row.ValidFrom);
        t.Field("validTo", "DateTime", v => V(v).Row.ValidTo).Description("When this version was replaced; null for the live one.");
        t.Field("boundary", "Geometry!", v => new GeometryValue(V(v).Row.Geometry, V(v).Row.AreaM2));
        t.Field("owners", "[Assignment!]!", v => V(v).Owners).Description("包联 in force at the asked moment, primary first.");
    });

    public static readonly ObjectType ZoneChangeType = new("ZoneChange", t =>
    {
        t.Description("One change of a zone: a new version (boundary, name, status, parent) or a 包联 opened or ended, with who made it.");
        t.Field("at", "DateTime!", c => C(c).At);
        t.Field("kind", "ZoneChangeKind!", c => C(c).Kind);
        t.Field("actor", "String!", c => C(c).Actor).Description("The login, API key or loader the audit log names.");
        t.Field("actorName", "String", c => C(c).ActorName).Description("Person's name when the account has one (else the account's display name); null for keys and system writers.");
        t.Field("version", "Int", c => C(c).Version).Description("The zone version the change produced; null for 包联 changes.");
        t.Field("before", "String", c => C(c).Before);
        t.Field("after", "String", c => C(c).After);
        t.Field("boundaryBefore", "Geometry", c => C(c).BoundaryBefore is { } g ? new GeometryValue(g) : null);
        t.Field("boundaryAfter", "Geometry", c => C(c).BoundaryAfter is { } g ? new GeometryValue(g) : null);
    });

    public static IEnumerable<NamedType> All => [ZoneChangeKind, ZoneVersion, ZoneChangeType];

    /// <summary>The <c>zonesAsOf</c> root field.</summary>
    public static void DefineQuery(ObjectTypeBuilder t) =>
        t.Field("zonesAsOf", "[ZoneVersion!]!", async (_, _, ctx) => await AsOfAsync(ctx))
            .Argument("townshipCode", "String!").Argument("at", "DateTime!")
            .Description("Zones of a township as they were at `at` (versions from zone_history + live rows), with the 包联 in force then.");

    /// <summary>A zone's changes, newest first; one statement for every zone of the request.</summary>
    public static async Task<object?> HistoryAsync(ResolveContext ctx, long zoneId) =>
        await ctx.Loader<long, ZoneChange[]>("zoneHistory", async (ids, ct) =>
        {
            var changes = await ctx.Get<ZoneTimeline>().ChangesAsync(ids.ToList(), ct);
            return ids.ToDictionary(id => id, id => changes[id].ToArray());
        }).LoadAsync(zoneId) ?? [];

    // One statement for the versions and one for every version's owners at `at` (no query per zone).
    static async Task<object?> AsOfAsync(ResolveContext ctx)
    {
        var at = ctx.Argument<DateTimeOffset>("at");
        var rows = await ctx.Get<ZoneTimeline>().AsOfAsync(ctx.Text("townshipCode")!, at, await ctx.ReadableAsync(), ctx.CancellationToken);
        var owners = rows.Count == 0 ? null
            : await ctx.Get<OwnershipService>().ActiveOwnersAsync(TargetKind.Zone, rows.Select(r => r.Id).ToList(), at, ctx.CancellationToken);
        return rows.Select(r => new ZoneVersionValue(r, owners?[r.Id].OrderByDescending(a => a.IsPrimary).ToArray() ?? [])).ToList();
    }

    static ZoneVersionValue V(object? v) => (ZoneVersionValue)v!;

    static ZoneChange C(object? c) => (ZoneChange)c!;
}
