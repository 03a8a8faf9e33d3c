using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Ownership;
using Zones.Server.Schema.Types;
using DataUserError = Zones.Server.Data.UserError;

namespace Zones.Server.Schema.Mutations;

/// <summary>
/// The typed errors of the mutation payloads: one object type per <see cref="DataUserError"/>
/// record, all implementing <c>UserError { code message path }</c>, and the per-operation unions
/// built from them. Each object type is declared with the record it shows (<c>Error&lt;T&gt;</c>),
/// so a value resolves to its GraphQL type through that map, never through its C# name: renaming
/// a record cannot change the API.
/// </summary>
public static class ErrorTypes
{
    // Filled by Error<T> below, before any type resolves (static initializers run in textual order).
    static readonly Dictionary<Type, string> Names = [];

    /// <summary>The GraphQL object type of each error record.</summary>
    public static IReadOnlyDictionary<Type, string> TypeNames => Names;

    /// <summary>Errors any write may return: role, missing row, stale version, bad values, database rules.</summary>
    static readonly string[] Common =
        ["ForbiddenError", "NotFoundError", "VersionConflictError", "InvalidInputError", "DuplicateError", "ConstraintViolationError"];

    public static readonly InterfaceType UserError = new("UserError", t =>
    {
        t.Description("A problem with the input that the caller can fix; nothing was written. code is stable for programs, " +
                      "message (Chinese, then English) says what is wrong and how to fix it.");
        ErrorFields(t);
        t.ResolveType((v, _) => TypeName(v));
    });

    /// <summary>The GraphQL object type of an error value; an error record without one is a bug here, not the caller's.</summary>
    static string? TypeName(object? value) =>
        value is null ? null
        : Names.TryGetValue(value.GetType(), out var name) ? name
        : throw new InvalidOperationException($"The error record {value.GetType().FullName} has no GraphQL type: declare it in ErrorTypes.Objects.");

    /// <summary>The GraphQL path of the field key (<c>edits.3.boundary</c> → <c>["input", "edits", "3", "boundary"]</c>), or null.</summary>
    public static IReadOnlyList<string>? InputPath(string? field) =>
        field switch { null => null, "" => ["input"], _ => ["input", .. field.Split('.')] };

    static void ErrorFields(FieldsBuilder t)
    {
        t.Field("code", "String!").Description("UPPER_SNAKE code, e.g. INVALID_GEOMETRY, VERSION_CONFLICT.");
        t.Field("message", "String!");
        t.Field("path", "[String!]", e => e is DataUserError u ? InputPath(u.Field) : null).Description("The input field at fault, e.g. [\"input\", \"boundary\"].");
    }

    static ObjectType Error<T>(string name, string description, Action<ObjectTypeBuilder>? fields = null) where T : DataUserError
    {
        Names.Add(typeof(T), name);
        return new(name, t =>
        {
            t.Description(description);
            t.Implements("UserError");
            ErrorFields(t);
            fields?.Invoke(t);
        });
    }

    static GeometryValue? Geometry(NetTopologySuite.Geometries.Geometry? g, double? areaM2 = null) =>
        g is null ? null : new GeometryValue(g, areaM2);

    static async ValueTask<object?> ZonesAsync(ResolveContext ctx, IEnumerable<ZoneRef> zones) =>
        await Task.WhenAll(zones.Select(z => Loaders.Zones(ctx).LoadAsync(z.Id)));

    public static readonly IReadOnlyList<NamedType> Objects =
    [
        Error<ForbiddenError>("ForbiddenError", "The caller's role may not do this (or nobody is signed in); the message names the role needed."),
        Error<NotFoundError>("NotFoundError", "An id names nothing live (or nothing the caller may see)."),
        Error<InvalidInputError>("InvalidInputError", "A value is out of range or malformed (geometry problems have their own types)."),
        Error<VersionConflictError>("VersionConflictError", "The row changed since the caller read it: reload and apply the edit again.",
            t => t.Field("currentVersion", "Int!").Description("The version now stored.")),
        Error<DuplicateError>("DuplicateError", "A value that must be unique in the township is taken.", t =>
        {
            t.Field("field", "String!").Description("The input field, e.g. code, identifier.");
            t.Field("value", "String");
        }),
        Error<ConstraintViolationError>("ConstraintViolationError", "The database refused the row by one of its rules.",
            t => t.Field("constraint", "String!")),
        Error<InvalidGeometryError>("InvalidGeometryError", "The geometry is not OGC-valid (or cannot be read): why, where, and the repair autoRepair would store.", t =>
        {
            t.Field("reason", "String!").Description("e.g. Self-intersection.");
            t.Field("location", "Geometry", e => Geometry(((InvalidGeometryError)e!).Location));
            t.Field("suggestedFix", "Geometry", e => Geometry(((InvalidGeometryError)e!).SuggestedFix));
        }),
        Error<GeometryTypeError>("GeometryTypeError", "The geometry is of the wrong type, e.g. a LineString sent as a boundary.", t =>
        {
            t.Field("expected", "[String!]!");
            t.Field("actual", "String!");
        }),
        Error<OutOfParentBoundsError>("OutOfParentBoundsError", "The zone (or, when zone is set, one of its children) lies partly outside its parent.", t =>
        {
            t.Field("parent", "Zone", async (e, _, ctx) => await Loaders.Zones(ctx).LoadAsync(((OutOfParentBoundsError)e!).ParentId));
            t.Field("zone", "Zone", async (e, _, ctx) => ((OutOfParentBoundsError)e!).ZoneId is { } id ? await Loaders.Zones(ctx).LoadAsync(id) : null)
                .Description("The child left outside; null when it is the zone being saved.");
            t.Field("outsideAreaM2", "Float!");
            t.Field("outside", "Geometry!", e => Geometry(((OutOfParentBoundsError)e!).Outside, ((OutOfParentBoundsError)e!).OutsideAreaM2));
        }),
        Error<ZoneOverlapError>("ZoneOverlapError", "The zone overlaps live siblings; each overlap with its geometry and area.",
            t => t.Field("overlaps", "[ZoneOverlap!]!")),
        new ObjectType("ZoneOverlap", t =>
        {
            t.Description("Where two zones overlap.");
            t.Field("zone", "Zone", async (o, _, ctx) => ((ZoneOverlap)o!).ZoneId is { } id ? await Loaders.Zones(ctx).LoadAsync(id) : null)
                .Description("The zone being saved; null for a zone being created (see zoneName).");
            t.Field("zoneName", "String!");
            t.Field("other", "Zone!", async (o, _, ctx) => await Loaders.Zones(ctx).LoadAsync(((ZoneOverlap)o!).OtherId));
            t.Field("overlap", "Geometry!", o => Geometry(((ZoneOverlap)o!).Overlap, ((ZoneOverlap)o!).AreaM2));
            t.Field("areaM2", "Float!");
        }),
        Error<ZoneGapError>("ZoneGapError", "The edit leaves part of the parent in no zone.", t =>
        {
            t.Field("areaM2", "Float!");
            t.Field("gap", "Geometry!", e => Geometry(((ZoneGapError)e!).Gap, ((ZoneGapError)e!).AreaM2));
        }),
        Error<ZoneHasChildrenError>("ZoneHasChildrenError", "The zone cannot be retired while live children remain.",
            t => t.Field("children", "[Zone!]!", async (e, _, ctx) => await ZonesAsync(ctx, ((ZoneHasChildrenError)e!).Children))),
        Error<SplitCutsChildrenError>("SplitCutsChildrenError", "The blade cuts through children of the zone.",
            t => t.Field("children", "[Zone!]!", async (e, _, ctx) => await ZonesAsync(ctx, ((SplitCutsChildrenError)e!).Children))),
        Error<OwnershipConflictError>("OwnershipConflictError", "The target would have two primary owners at once; conflicts are the assignments in the way.",
            t => t.Field("conflicts", "[Assignment!]!")),
        Error<InvalidTransitionError>("InvalidTransitionError", "The action is not possible in the case's stage.", t =>
        {
            t.Field("fromStage", "ComplaintStage!");
            t.Field("action", "ComplaintAction!");
            t.Field("allowedActions", "[ComplaintAction!]!").Description("What the caller may do in this stage.");
        }),
        Error<UnknownCategoryError>("UnknownCategoryError", "The category does not exist in the township.",
            t => t.Field("validCodes", "[String!]!").Description("Service codes that do, e.g. C0305, E0102.")),
        Error<OutsideZonesError>("OutsideZonesError", "The point lies in no published zone.", t =>
        {
            t.Field("nearestZoneName", "String");
            t.Field("distanceMetres", "Float");
        }),
    ];

    /// <summary>
    /// <c>{Operation}Error</c>: the union of the common errors and <paramref name="specific"/>; a value
    /// resolves to the object type declared for its record.
    /// </summary>
    public static UnionType Union(string operation, params string[] specific) =>
        new($"{char.ToUpperInvariant(operation[0])}{operation[1..]}Error", u =>
        {
            u.Description($"The errors {operation} can return.");
            u.Types([.. Common.Concat(specific).Select(s => (TypeRef)s)]);
            u.ResolveType((v, _) => TypeName(v));
        });
}
