using Zones.Server.Data;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Ownership;
using Zones.Server.Tests.Data.Editing;
using static Zones.Server.Tests.Data.Editing.TestTownship;

namespace Zones.Server.Tests.Data.Ownership;

/// <summary>包联: handovers, the one-primary rule, reading helpers and 属地兜底, on a hand-built township.</summary>
[Collection(EditingDatabase.Collection)]
public class OwnershipServiceTests(EditingDatabase db) : TownshipTests(db)
{
    static readonly DateTimeOffset Jan = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset Feb = Jan.AddMonths(1), Mar = Jan.AddMonths(2), May = Jan.AddMonths(4);

    ZoneRecord _zone = null!;
    OwnershipService Service => new(Db);
    OwnerRef Zhang => new(OwnerKind.Person, Town.PersonA);
    OwnerRef Li => new(OwnerKind.Person, Town.PersonB);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _zone = await Town.ZoneAsync("西片", Rect(0, 0, 500, 1000));
    }

    Task<AssignOwnerPayload> AssignAsync(OwnerRef owner, DateTimeOffset? from, long? zoneId = null, bool primary = true) =>
        Service.AssignOwnerAsync(Town.Actor, new(new(TargetKind.Zone, zoneId ?? _zone.Id), owner,
                                               primary ? AssignmentRole.Leader : AssignmentRole.GridWorker, primary, from), default);

    [Fact]
    public async Task A_handover_ends_the_old_primary_at_T_and_opens_the_new_one_at_T()
    {
        await AssignAsync(Zhang, Jan);
        var handover = await AssignAsync(Li, Mar);
        Assert.Equal((Mar, Mar, (DateTimeOffset?)null), (handover.Ended!.ValidTo!.Value, handover.Assignment!.ValidFrom, handover.Assignment.ValidTo));
        var history = await Service.HistoryAsync(new(TargetKind.Zone, _zone.Id), default);
        Assert.Equal([("张三", Jan), ("李四", Mar)], history.Select(a => (a.OwnerName, a.ValidFrom)));
    }

    [Fact]
    public async Task A_back_dated_primary_reaching_into_a_later_one_is_an_ownership_conflict_and_writes_nothing()
    {
        await AssignAsync(Zhang, Mar);
        var before = await Town.CountsAsync();
        var error = Single<OwnershipConflictError>(await AssignAsync(Li, Jan));
        Assert.Equal(("张三", before), (Assert.Single(error.Conflicts).OwnerName, await Town.CountsAsync()));
        Assert.StartsWith("同一对象同一时间只能有一个主责任人", error.Message);
    }

    [Fact]
    public async Task A_non_primary_assignment_leaves_the_primary_in_force()
    {
        await AssignAsync(Zhang, Jan);
        await AssignAsync(Li, Mar, primary: false);
        var owners = (await Service.ActiveOwnersAsync(TargetKind.Zone, [_zone.Id], May, default))[_zone.Id];
        Assert.Equal([("张三", true), ("李四", false)], owners.Select(a => (a.OwnerName, a.IsPrimary)));
    }

    [Fact]
    public async Task Ending_an_assignment_sets_its_end_and_ending_it_again_is_refused()
    {
        var id = (await AssignAsync(Zhang, Jan)).Assignment!.Id;
        Assert.Equal(Mar, (await Service.EndAssignmentAsync(Town.Actor, id, Mar, default)).Assignment!.ValidTo);
        Assert.Equal("INVALID_INPUT", Assert.Single((await Service.EndAssignmentAsync(Town.Actor, id, May, default)).Errors).Code);
    }

    [Fact]
    public async Task Active_owners_of_many_zones_are_read_at_once_at_a_past_instant()
    {
        var east = await Town.ZoneAsync("东片", Rect(500, 0, 1000, 1000));
        await AssignAsync(Zhang, Jan);
        await AssignAsync(Li, Jan, east.Id);
        await AssignAsync(Zhang, Mar, east.Id);
        var owners = await Service.ActiveOwnersAsync(TargetKind.Zone, [_zone.Id, east.Id], Feb, default);
        Assert.Equal(("张三", "李四"), (Assert.Single(owners[_zone.Id]).OwnerName, Assert.Single(owners[east.Id]).OwnerName));
    }

    [Fact]
    public async Task Responsibilities_list_what_a_person_answers_for()
    {
        var east = await Town.ZoneAsync("东片", Rect(500, 0, 1000, 1000));
        await AssignAsync(Zhang, Jan);
        await AssignAsync(Zhang, Jan, east.Id, primary: false);
        var duties = await Service.ResponsibilitiesAsync(Zhang, null, default);
        Assert.Equal(["东片", "西片"], duties.Select(d => d.TargetName).Order());
    }

    [Fact]
    public async Task A_zone_without_owner_falls_back_to_its_nearest_owned_ancestor()
    {
        var village = await Town.ZoneAsync("一村", Rect(0, 0, 100, 100), _zone.Id, ZoneLevel.Village);
        await AssignAsync(Zhang, Jan);
        var owners = await Service.ResponsibleOwnersAsync([village.Id, _zone.Id, Town.RootId], null, default);
        Assert.Equal((1, 0), (owners[village.Id].LevelsUp, owners[_zone.Id].LevelsUp));
        Assert.Equal((_zone.Id, "张三", false), (owners[village.Id].Assignment.Target.Id, owners[village.Id].Assignment.OwnerName,
                                                 owners.ContainsKey(Town.RootId)));
    }

    [Fact]
    public async Task An_unknown_owner_is_not_found() =>
        Single<NotFoundError>(await AssignAsync(new(OwnerKind.Unit, -1), null));

    [Fact]
    public async Task Every_assignment_write_is_in_the_audit_log_with_its_actor()
    {
        var id = (await AssignAsync(Zhang, Jan)).Assignment!.Id;
        await Service.EndAssignmentAsync(Town.Actor, id, Mar, default);
        Assert.Equal(2, await Town.AuditRowsAsync("assignment", id));
    }
}
