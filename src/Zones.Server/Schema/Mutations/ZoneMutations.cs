using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Query;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>Zone writes (planner, admin): create, update, boundary edits (one or several together), split, merge, retire.</summary>
static class ZoneMutations
{
    const string CrsHelp = "CRS of the geometry coordinates: WGS84 (default), CGCS2000, EPSG:4513–4554 (Gauss–Krüger), EPSG:3857, GCJ02, BD09.";
    static readonly string[] GeometryErrors = ["InvalidGeometryError", "GeometryTypeError"];
    static readonly string[] PlacementErrors = ["OutOfParentBoundsError", "ZoneOverlapError", "ZoneGapError"];

    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "createZone", "Creates a zone under its parent; the boundary must lie inside the parent and not overlap siblings (see options).",
            async (input, ctx) => await EditAsync(ctx, input, "boundary", (editor, actor, g) => editor.CreateZoneAsync(actor, new(
                input.Id("parentId"), input.Code<ZoneLevel>("level"), input.Text("name")!, g!, input.Text("code"),
                input.Text("townshipCode"), input.Code<ZoneStatus>("status"), Options(input)), ctx.CancellationToken)));
        Field(t, "updateZone", "Changes a zone's name, code or status (retire it with deleteZone).",
            async (input, ctx) => await EditAsync(ctx, input, null, (editor, actor, _) => editor.UpdateZoneAsync(actor, new(
                input.RequiredId("id"), input.Int("expectedVersion"), null, input.Text("name"), input.Text("code"),
                input.GetValueOrDefault("status") is string s ? DbCodes.Parse<ZoneStatus>(s) : null), ctx.CancellationToken)));
        Field(t, "updateZoneBoundary", "Saves a zone's new boundary, checked against its parent, siblings and children.",
            async (input, ctx) => await EditAsync(ctx, input, "boundary", (editor, actor, g) => editor.UpdateZoneAsync(actor, new(
                input.RequiredId("id"), input.Int("expectedVersion"), g, Options: Options(input)), ctx.CancellationToken)));
        Field(t, "deleteZone", "Retires a zone (history keeps it) and ends its assignments; refused while it has live children.",
            async (input, ctx) => await EditAsync(ctx, input, null, (editor, actor, _) => editor.DeleteZoneAsync(actor,
                new(input.RequiredId("id"), input.Int("expectedVersion")), ctx.CancellationToken)));
        Field(t, "updateZoneBoundaries", "Saves new boundaries of several zones in one transaction (a moved shared edge): no instant with a gap or overlap.",
            async (input, ctx) => await BoundariesAsync(ctx, input));
        Field(t, "splitZone", "Cuts a zone along a line into new zones under the same parent; the original is retired, children move to their part.",
            async (input, ctx) => await SplitAsync(ctx, input));
        Field(t, "mergeZones", "Merges sibling zones into the first one listed (it keeps its id); the others are retired, their children move to it.",
            async (input, ctx) => await MergeAsync(ctx, input));
    }

    /// <summary>One zone written from the input (and its geometry field, if any): role, geometry, editor, the row re-read.</summary>
    static async Task<Dictionary<string, object?>> EditAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input, string? geometryField,
        Func<ZoneEditor, Actor, NetTopologySuite.Geometries.Geometry?, Task<ZonePayload>> edit)
    {
        if (Require(ctx, "修改片区", "edit zones", Editors) is { } forbidden)
            return Fail(forbidden);
        var read = geometryField is null ? default : await GeometryInputs.ReadAsync(ctx, input, geometryField, input.Text("crs"));
        if (read.Error is { } bad)
            return Fail(bad);
        var payload = await edit(ctx.Get<ZoneEditor>(), ctx.Zones().Actor!, read.Geometry);
        return Result(payload.Errors, ("zone", await RowAsync(ctx, Sources.Zones, payload.Zone?.Id, z => z.Id)));
    }

    static async Task<Dictionary<string, object?>> BoundariesAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input)
    {
        if (Require(ctx, "修改片区", "edit zones", Editors) is { } forbidden)
            return Fail(forbidden);
        var edits = new List<ZoneBoundaryEdit>();
        var items = ((IEnumerable<object?>)input["edits"]!).Select(Map).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var read = await GeometryInputs.ReadAsync(ctx, items[i], "boundary", input.Text("crs"), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"edits.{i}.boundary"));
            if (read.Error is { } bad)
                return Fail(bad);
            edits.Add(new(items[i].RequiredId("id"), items[i].Int("expectedVersion"), read.Geometry!));
        }
        var payload = await ctx.Get<ZoneEditor>().UpdateZonesTogetherAsync(ctx.Zones().Actor!, edits, Options(input), ctx.CancellationToken);
        return Result(payload.Errors, ("zones", await RowsAsync(ctx, Sources.Zones, payload.Zones.Select(z => z.Id), z => z.Id)));
    }

    static async Task<Dictionary<string, object?>> SplitAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input)
    {
        if (Require(ctx, "拆分片区", "split zones", Editors) is { } forbidden)
            return Fail(forbidden);
        var read = await GeometryInputs.ReadAsync(ctx, input, "blade", input.Text("crs"));
        if (read.Error is { } bad)
            return Fail(bad);
        var parts = (input.GetValueOrDefault("parts") as IEnumerable<object?>)?.Select(Map)
            .Select(p => new SplitPartInput(p.Text("name"), p.Text("code"))).ToList();
        var payload = await ctx.Get<ZoneEditor>().SplitZoneAsync(ctx.Zones().Actor!,
            new(input.RequiredId("id"), input.Int("expectedVersion"), read.Geometry!, parts), ctx.CancellationToken);
        return Result(payload.Errors, ("parts", await RowsAsync(ctx, Sources.Zones, payload.Parts.Select(z => z.Id), z => z.Id)),
                      ("movedChildren", payload.MovedChildren));
    }

    static async Task<Dictionary<string, object?>> MergeAsync(ResolveContext ctx, IReadOnlyDictionary<string, object?> input)
    {
        if (Require(ctx, "合并片区", "merge zones", Editors) is { } forbidden)
            return Fail(forbidden);
        var zones = ((IEnumerable<object?>)input["zones"]!).Select(Map).Select(z => new ZoneVersion(z.RequiredId("id"), z.Int("expectedVersion"))).ToList();
        var payload = await ctx.Get<ZoneEditor>().MergeZonesAsync(ctx.Zones().Actor!, new(zones, input.Text("name"), input.Text("code")), ctx.CancellationToken);
        return Result(payload.Errors, ("zone", await RowAsync(ctx, Sources.Zones, payload.Zone?.Id, z => z.Id)),
                      ("retired", await RowsAsync(ctx, Sources.Zones, payload.Retired.Select(z => z.Id), z => z.Id)),
                      ("movedChildren", payload.MovedChildren));
    }

    static ZoneEditOptions? Options(IReadOnlyDictionary<string, object?> input) =>
        input.GetValueOrDefault("options") is { } o && Map(o) is var m
            ? new(m.Bool("autoRepair"), m.Bool("clipToParent"), m.Bool("allowOverlap"), m.Bool("allowGap"))
            : null;

    static void Geometry(InputObjectTypeBuilder t, string name, string description)
    {
        t.Field(name, "GeometryInput!", description);
        t.Field("crs", "String", CrsHelp, defaultValue: "WGS84");
    }

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("ZoneEditOptionsInput", t =>
        {
            t.Description("How a boundary is treated on save; everything off by default: problems are reported, not fixed.");
            t.Field("autoRepair", "Boolean", "Store the repaired geometry (ST_MakeValid) instead of reporting an invalid one.", defaultValue: false);
            t.Field("clipToParent", "Boolean", "Store the part inside the parent instead of reporting the part outside.", defaultValue: false);
            t.Field("allowOverlap", "Boolean", "Save even when the boundary overlaps live siblings.", defaultValue: false);
            t.Field("allowGap", "Boolean", "Save even when the edit leaves part of the parent in no zone.", defaultValue: false);
        }),
        new InputObjectType("CreateZoneInput", t =>
        {
            t.Field("parentId", "ID", "The parent zone; none for a top zone (then townshipCode is required).");
            t.Field("level", "ZoneLevel!", "Must be below the parent's level.");
            t.Field("name", "String!");
            Geometry(t, "boundary", "A Polygon or MultiPolygon.");
            t.Field("code", "String", "6–18 digits; default: the parent's code + the next free sequence number.");
            t.Field("townshipCode", "String");
            t.Field("status", "ZoneStatus!", defaultValue: "published");
            t.Field("options", "ZoneEditOptionsInput");
        }),
        new InputObjectType("UpdateZoneInput", t =>
        {
            Versioned(t);
            t.Field("name", "String", "Null: unchanged.");
            t.Field("code", "String", "Null: unchanged.");
            t.Field("status", "ZoneStatus", "DRAFT or PUBLISHED; null: unchanged.");
        }),
        new InputObjectType("UpdateZoneBoundaryInput", t =>
        {
            Versioned(t);
            Geometry(t, "boundary", "The new boundary: a Polygon or MultiPolygon.");
            t.Field("options", "ZoneEditOptionsInput");
        }),
        new InputObjectType("DeleteZoneInput", Versioned),
        new InputObjectType("ZoneVersionInput", Versioned),
        new InputObjectType("ZoneBoundaryEditInput", t =>
        {
            Versioned(t);
            t.Field("boundary", "GeometryInput!");
        }),
        new InputObjectType("UpdateZoneBoundariesInput", t =>
        {
            t.Field("edits", "[ZoneBoundaryEditInput!]!", "One entry per zone; the checks run on the set as a whole.");
            t.Field("crs", "String", CrsHelp, defaultValue: "WGS84");
            t.Field("options", "ZoneEditOptionsInput");
        }),
        new InputObjectType("SplitPartInput", t =>
        {
            t.Field("name", "String", "Null: generated.");
            t.Field("code", "String", "Null: generated.");
        }),
        new InputObjectType("SplitZoneInput", t =>
        {
            Versioned(t);
            Geometry(t, "blade", "A LineString (or MultiLineString) crossing the zone.");
            t.Field("parts", "[SplitPartInput!]", "Names and codes of the parts, ordered west → east (north → south for an east–west blade).");
        }),
        new InputObjectType("MergeZonesInput", t =>
        {
            t.Field("zones", "[ZoneVersionInput!]!", "At least two siblings; the first keeps its id.");
            t.Field("name", "String", "Null: the first zone's name.");
            t.Field("code", "String", "Null: the first zone's code.");
        }),
        new ObjectType("ZoneChildMove", t =>
        {
            t.Description("A child zone given a new parent by a split or merge.");
            t.Field("child", "Zone!", async (m, _, ctx) => await Loaders.Zones(ctx).LoadAsync(((ChildMove)m!).ChildId));
            t.Field("newParent", "Zone!", async (m, _, ctx) => await Loaders.Zones(ctx).LoadAsync(((ChildMove)m!).NewParentId));
        }),
        Payload("createZone", ("zone", "Zone")),
        Payload("updateZone", ("zone", "Zone")),
        Payload("updateZoneBoundary", ("zone", "Zone")),
        Payload("deleteZone", ("zone", "Zone")),
        Payload("updateZoneBoundaries", ("zones", "[Zone!]!")),
        Payload("splitZone", ("parts", "[Zone!]!"), ("movedChildren", "[ZoneChildMove!]!")),
        Payload("mergeZones", ("zone", "Zone"), ("retired", "[Zone!]!"), ("movedChildren", "[ZoneChildMove!]!")),
        ErrorTypes.Union("createZone", [.. GeometryErrors, .. PlacementErrors]),
        ErrorTypes.Union("updateZone"),
        ErrorTypes.Union("updateZoneBoundary", [.. GeometryErrors, .. PlacementErrors]),
        ErrorTypes.Union("deleteZone", "ZoneHasChildrenError"),
        ErrorTypes.Union("updateZoneBoundaries", [.. GeometryErrors, .. PlacementErrors]),
        ErrorTypes.Union("splitZone", [.. GeometryErrors, "SplitCutsChildrenError"]),
        ErrorTypes.Union("mergeZones"),
    ];
}
