using System.Text.Json;
namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>assignOwner / endAssignment: handovers, conflicts, roles.</summary>
[Collection(MutationDatabase.Collection)]
public class OwnershipMutationTests(MutationDatabase db) : MutationTest(db)
{
    const string Out = "assignment { id validTo ownerName } ended { id validTo }";

    Task<JsonElement> AssignAsync(long person, string extra = "", Zones.Server.Data.Actor? actor = null, string errors = "") =>
        MutateAsync("assignOwner", $"targetKind: ZONE, targetId: {Town.RootId}, owner: {{ personId: {person} }}, role: LEADER, isPrimary: true {extra}",
                    Out, actor ?? Planner, errors);

    [Fact]
    public async Task A_primary_assignment_hands_over_closing_the_old_and_opening_the_new()
    {
        var first = Ok(await AssignAsync(Town.PersonA), "assignment");
        var second = await AssignAsync(Town.PersonB);
        Assert.Equal(JsonValueKind.Null, Ok(second, "assignment").GetProperty("validTo").ValueKind);
        Assert.Equal(Id(first), Id(second.GetProperty("ended")));
        Assert.Equal(JsonValueKind.String, second.GetProperty("ended").GetProperty("validTo").ValueKind);
    }

    [Fact]
    public async Task A_back_dated_primary_reaching_into_the_current_one_is_an_ownership_conflict()
    {
        var current = Ok(await AssignAsync(Town.PersonA), "assignment");
        var error = Error(await AssignAsync(Town.PersonB, ", validFrom: \"2020-01-01T00:00:00+08:00\"", errors: "... on OwnershipConflictError { conflicts { id } }"), "OwnershipConflictError");
        Assert.Equal(Id(current), Id(error.GetProperty("conflicts")[0]));
    }

    [Fact]
    public async Task EndAssignment_ends_it_and_a_viewer_may_not()
    {
        var id = Id(Ok(await AssignAsync(Town.PersonA), "assignment"));
        Error(await MutateAsync("endAssignment", $"id: {id}", "assignment { id }", Viewer), "ForbiddenError");
        var ended = Ok(await MutateAsync("endAssignment", $"id: {id}", "assignment { validTo }", Planner), "assignment");
        Assert.Equal(JsonValueKind.String, ended.GetProperty("validTo").ValueKind);
        Error(await MutateAsync("endAssignment", "id: 999999999", "assignment { id }", Planner), "NotFoundError");
    }
}
