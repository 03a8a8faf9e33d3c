using Zones.GraphQL.Types;
using Zones.Server.Data.Roster;
using Zones.Server.Data.Ownership;

namespace Zones.Server.Schema.Types;

/// <summary><c>assignmentTable</c>: the 包联 table of one township, filtered and paged (管理 → 包联表, contract D).</summary>
public static class AssignmentTableQuery
{
    public static readonly ObjectType Edge = Connections.EdgeOf("Assignment", withDistance: false);

    public static readonly ObjectType Connection = Connections.Of("Assignment");

    public static void Define(ObjectTypeBuilder t) =>
        t.Field("assignmentTable", "AssignmentConnection!", async (_, _, ctx) => await Lists.PageAsync(ctx, AssignmentTable.Source,
                AssignmentTable.Where(new AssignmentFilter(ctx.Text("townshipCode")!, ctx.Argument<TargetKind?>("targetKind"),
                    ctx.Text("ownerSearch"), ctx.Text("targetSearch"), ctx.Argument<bool>("activeOnly"))), "id", null))
            .Argument("townshipCode", "String!")
            .Argument("targetKind", "AssignmentTargetKind")
            .Argument("ownerSearch", "String", description: "Part of the owner's name or phone number.")
            .Argument("targetSearch", "String", description: "Part of the target's name (an asset's identifier too).")
            .Argument("activeOnly", "Boolean", true, "true: only assignments in force now; false: the whole history.")
            .Argument("first", "Int", 100).Argument("after", "String")
            .Description("The 包联 table of a township you may read: every assignment with its target and owner, oldest first.");
}
