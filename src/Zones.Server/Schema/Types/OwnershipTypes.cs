using Zones.GraphQL.Types;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>包联: people, units, and the assignments that tie them to zones, roads, assets and shops.</summary>
public static class OwnershipTypes
{
    public static readonly EnumType AssignmentRole = new("AssignmentRole", e =>
    {
        e.Value("LEADER", Data.Ownership.AssignmentRole.Leader, "领导联片");
        e.Value("DEPARTMENT", Data.Ownership.AssignmentRole.Department, "部门包联路段");
        e.Value("RESPONSIBLE_UNIT", Data.Ownership.AssignmentRole.ResponsibleUnit, "责任单位");
        e.Value("GRID_WORKER", Data.Ownership.AssignmentRole.GridWorker, "网格员");
        e.Value("CADRE", Data.Ownership.AssignmentRole.Cadre, "干部包门店");
        e.Value("VILLAGE_CADRE", Data.Ownership.AssignmentRole.VillageCadre, "村干部包组");
    });

    public static readonly EnumType TargetKindType = new("AssignmentTargetKind", e =>
    {
        e.Value("ZONE", TargetKind.Zone, "片区");
        e.Value("ROAD", TargetKind.Road, "路段");
        e.Value("ASSET", TargetKind.Asset, "部件");
        e.Value("SHOP", TargetKind.Shop, "门店");
    });

    public static readonly ObjectType Person = new("Person", t =>
    {
        t.Description("干部: a person who can own zones, roads, assets and shops.");
        t.Field("id", "ID!");
        t.Field("code", "String!");
        t.Field("name", "String!");
        t.Field("title", "String").Description("职务, e.g. 副镇长.");
        t.Field("phone", "String");
        t.Field("unit", "Unit", async (p, _, ctx) => ((PersonRow)p!).UnitId is { } u ? await Loaders.Units(ctx).LoadAsync(u) : null);
        t.Field("retiredAt", "DateTime").Description("When the person was retired (retirePerson); null while in service.");
    });

    public static readonly ObjectType Unit = new("Unit", t =>
    {
        t.Description("部门, 村委会, 企业, 物业: owners and maintainers.");
        t.Field("id", "ID!");
        t.Field("code", "String!");
        t.Field("name", "String!");
        t.Field("kind", "String!");
        t.Field("phone", "String");
        t.Field("retiredAt", "DateTime").Description("When the unit was retired (retireUnit); null while in use.");
    });

    public static readonly UnionType Owner = new("Owner", u =>
    {
        u.Description("Who owns: a person or a unit.");
        u.Types("Person", "Unit");
        u.ResolveType((v, _) => v switch { PersonRow => "Person", UnitRow => "Unit", _ => null });
    });

    public static readonly ObjectType Assignment = new("Assignment", t =>
    {
        t.Description("One 包联 assignment: a target owned by a person or unit, with its validity (history is kept).");
        t.Field("id", "ID!");
        t.Field("role", "AssignmentRole!");
        t.Field("isPrimary", "Boolean!").Description("责任主体: at most one active primary per target.");
        t.Field("validFrom", "DateTime!");
        t.Field("validTo", "DateTime");
        t.Field("note", "String");
        t.Field("targetKind", "AssignmentTargetKind!", a => A(a).Target.Kind);
        t.Field("targetId", "ID!", a => A(a).Target.Id);
        t.Field("targetName", "String!");
        t.Field("ownerName", "String!");
        t.Field("ownerPhone", "String");
        t.Field("owner", "Owner!", async (a, _, ctx) => A(a).Owner.Kind == OwnerKind.Person
            ? await Loaders.People(ctx).LoadAsync(A(a).Owner.Id)
            : await Loaders.Units(ctx).LoadAsync(A(a).Owner.Id));
    });

    public static IEnumerable<NamedType> All => [AssignmentRole, TargetKindType, Person, Unit, Owner, Assignment];

    static AssignmentRecord A(object? a) => (AssignmentRecord)a!;
}
