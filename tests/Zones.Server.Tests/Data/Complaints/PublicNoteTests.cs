using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>公开答复 (issue #14 §4): a step's public note beside its internal note, listed for the public.</summary>
[Collection(PostgisCollection.Name)]
public class PublicNoteTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    async Task<List<PublicNote>> NotesAsync(long id)
    {
        await using var conn = await Pg.DataSource.OpenConnectionAsync();
        return await Kit.Store.PublicNotesAsync(conn, null, Township, id, default);
    }

    [Fact]
    public async Task A_step_keeps_its_public_note_apart_from_the_internal_note()
    {
        var c = await Kit.ReportAsync();
        await Kit.ActAsync(c.Id, Actions.Register, "内部：转环卫所", new(PublicNote: "已受理，正在安排清运"));
        var step = (await Kit.Store.EventsAsync(c.Id, default)).Last();
        Assert.Equal(("内部：转环卫所", "已受理，正在安排清运"), (step.Note, step.PublicNote));
    }

    [Fact]
    public async Task Public_notes_are_listed_oldest_first_with_their_stage_and_steps_without_one_are_left_out()
    {
        var c = await Kit.ReportAsync();
        await Kit.ActAsync(c.Id, Actions.Register, p: new(PublicNote: "已立案"));
        await Kit.ActAsync(c.Id, Actions.Dispatch, "内部备注", new(UnitId: SanitationUnit));
        await Kit.ActAsync(c.Id, Actions.Dispose, p: new(PublicNote: "  环卫所正在清运  "));
        Assert.Equal([(Stages.Registered, "已立案"), (Stages.Disposing, "环卫所正在清运")],
                     (await NotesAsync(c.Id)).Select(n => (n.Stage, n.Note)));
    }

    [Fact]
    public async Task The_case_carries_its_latest_public_note_and_its_public_id()
    {
        var c = await Kit.ReportAsync();
        await Kit.ActAsync(c.Id, Actions.Register, p: new(PublicNote: "已立案"));
        var read = (await Kit.ActAsync(c.Id, Actions.Dispatch, "只给内部看", new(UnitId: SanitationUnit))).Complaint!;
        Assert.Equal(("已立案", $"{Township}-{c.CaseNumber}"), (read.PublicNote, read.PublicId));
    }

    [Fact]
    public async Task A_public_note_over_1000_characters_is_refused_and_nothing_is_written()
    {
        var c = await Kit.ReportAsync();
        var result = await Kit.ActAsync(c.Id, Actions.Register, p: new(PublicNote: new string('字', 1001)));
        Assert.Equal("publicNote", Assert.IsType<InvalidInputError>(Assert.Single(result.Errors)).Field);
        Assert.Equal(Stages.Received, (await Kit.Store.FindAsync(c.Id, default))!.Stage);
    }
}
