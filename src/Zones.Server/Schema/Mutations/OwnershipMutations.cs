using Zones.GraphQL.Types;
using Zones.Server.Data.Ownership;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>包联 writes (planner, admin): open an assignment (a primary one hands over), end one.</summary>
static class OwnershipMutations
{
    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "assignOwner", "Opens a 包联 assignment. A primary one is a handover: the target's current primary ends when this one starts.",
            async (input, ctx) =>
            {
                if (Require(ctx, "指派包联责任人", "assign owners", Editors) is { } forbidden)
                    return Fail(forbidden);
                var owner = Map(input["owner"]);
                var payload = await ctx.Get<OwnershipService>().AssignOwnerAsync(ctx.Zones().Actor!, new(
                    new TargetRef((TargetKind)input["targetKind"]!, input.RequiredId("targetId")),
                    owner.Id("personId") is { } person ? new OwnerRef(OwnerKind.Person, person) : new OwnerRef(OwnerKind.Unit, owner.RequiredId("unitId")),
                    (AssignmentRole)input["role"]!, input.Bool("isPrimary"), input.Value<DateTimeOffset>("validFrom"), input.Text("note")),
                    ctx.CancellationToken);
                return Result(payload.Errors, ("assignment", payload.Assignment), ("ended", payload.Ended));
            });
        Field(t, "endAssignment", "Ends an assignment (default now); a primary leaves the target to its parent zone's owner (属地兜底) until the next.",
            async (input, ctx) =>
            {
                if (Require(ctx, "结束包联", "end assignments", Editors) is { } forbidden)
                    return Fail(forbidden);
                var payload = await ctx.Get<OwnershipService>().EndAssignmentAsync(ctx.Zones().Actor!, input.RequiredId("id"),
                    input.Value<DateTimeOffset>("at"), ctx.CancellationToken);
                return Result(payload.Errors, ("assignment", payload.Assignment));
            });
    }

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("OwnerInput", t =>
        {
            t.Description("Who owns: exactly one of a person (干部) or a unit.");
            t.OneOf();
            t.Field("personId", "ID");
            t.Field("unitId", "ID");
        }),
        new InputObjectType("AssignOwnerInput", t =>
        {
            t.Field("targetKind", "AssignmentTargetKind!");
            t.Field("targetId", "ID!");
            t.Field("owner", "OwnerInput!", "Of the target's township.");
            t.Field("role", "AssignmentRole!");
            t.Field("isPrimary", "Boolean", "责任主体: at most one active primary per target; true hands over from the current one.", defaultValue: false);
            t.Field("validFrom", "DateTime", "Default now; may lie in the past (a late record of a handover).");
            t.Field("note", "String");
        }),
        new InputObjectType("EndAssignmentInput", t =>
        {
            t.Field("id", "ID!");
            t.Field("at", "DateTime", "Default now.");
        }),
        Payload("assignOwner", ("assignment", "Assignment"), ("ended", "Assignment")),
        Payload("endAssignment", ("assignment", "Assignment")),
        ErrorTypes.Union("assignOwner", "OwnershipConflictError"),
        ErrorTypes.Union("endAssignment"),
    ];
}
