using NetTopologySuite.Geometries;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Complaints;
using static Zones.Server.Schema.Mutations.MutationKit;
using QuerySources = Zones.Server.Data.Query.Sources;

namespace Zones.Server.Schema.Mutations;

/// <summary>案卷 writes: report (any signed-in role but viewer; hotline keys too) and workflow transitions (checked by the workflow).</summary>
static class ComplaintMutations
{
    public static readonly EnumType ComplaintAction = new("ComplaintAction", e =>
    {
        e.Description("Workflow actions a caller may ask for (受理 and 返工 are written by the system).");
        foreach (var action in Actions.Requestable)
            e.Value(action.ToUpperInvariant(), action, Actions.Chinese(action));
    });

    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "reportComplaint", "Opens a case (受理) at a point: finds its zone and 首问负责 owner, links the asset, sets the deadlines. " +
            "A report of the same category close to an open case of the last days joins that case instead (并案): then folded is true, " +
            "complaint is that case (its number is the one to give the reporter) and complaint.reporterCount counts the reporters.",
            async (input, ctx) =>
            {
                if (Require(ctx, "上报案卷", "report cases", Roles.Admin, Roles.Planner, Roles.Cadre, Roles.Hotline) is { } forbidden)
                    return Fail(forbidden);
                var read = await GeometryInputs.ReadPointAsync(ctx, input, "location", input.Text("crs"));
                if (read.Error is { } bad)
                    return Fail(bad);
                var point = (Point)read.Geometry!;
                var payload = await ctx.Get<ComplaintIntake>().ReportComplaintAsync(new(point.X, point.Y, input.Text("categoryKind")!,
                    input.Text("categoryCode")!, input.Text("source")!, input.Text("description")!, input.Text("address"),
                    input.Text("urgency") ?? "normal", input.Id("assetId"), input.Text("reporterName"), input.Text("reporterPhone"),
                    input.Text("externalId"), input.Text("reporterEmail"), input.Text("mediaUrl"), input.Value<DateTimeOffset>("reportedAt")),
                    ctx.Zones().Actor!, ctx.CancellationToken);
                var result = await ResultAsync(ctx, payload);
                result["folded"] = payload.Folded;
                return result;
            });
        Field(t, "transitionComplaint", "Takes a workflow action on a case (立案, 派遣, 处置, 核查, 结案 …). A cadre moves only cases assigned to them or their unit.",
            async (input, ctx) =>
            {
                // Signed-in callers are judged by the workflow (role, the case's responsible person or unit, the action).
                if (ctx.Zones().Actor is null)
                    return Fail(Require(ctx, "办理案卷", "change cases", Roles.Admin, Roles.Planner, Roles.Cadre)!);
                var parameters = new TransitionParameters(input.Id("personId"), input.Id("unitId"), input.Value<bool>("passed"),
                                                          input.Text("reworkTo"), input.Value<DateTimeOffset>("newDeadline"), input.Text("publicNote"));
                var payload = await ctx.Get<ComplaintWorkflow>().TransitionAsync(input.RequiredId("id"), (string)input["action"]!,
                    input.Value<int>("expectedVersion"), input.Text("note"), parameters, ctx.Zones().Actor!, ctx.CancellationToken);
                return await ResultAsync(ctx, payload);
            });
    }

    // A written case also goes to complaintChanged subscribers.
    static async Task<Dictionary<string, object?>> ResultAsync(Zones.GraphQL.Execution.ResolveContext ctx, ComplaintPayload payload)
    {
        var row = await RowAsync(ctx, QuerySources.Complaints, payload.Complaint?.Id, c => c.Id);
        if (row is Data.Query.ComplaintRow written)
            ctx.Get<ComplaintFeed>().Publish(written);
        return Result(payload.Errors, ("complaint", row));
    }

    public static IEnumerable<NamedType> Types =>
    [
        ComplaintAction,
        new InputObjectType("ReportComplaintInput", t =>
        {
            t.Field("location", "GeometryInput!", "A Point.");
            t.Field("crs", "String", "CRS of the location: WGS84 (default), GCJ02 (Amap/Tencent), BD09 (Baidu), EPSG codes.", defaultValue: "WGS84");
            t.Field("categoryKind", "String!", "component (部件) or event (事件).");
            t.Field("categoryCode", "String!", "4 digits, e.g. 0305.");
            t.Field("source", "ComplaintSource!");
            t.Field("description", "String!");
            t.Field("address", "String");
            t.Field("urgency", "String", "normal or urgent.", defaultValue: "normal");
            t.Field("assetId", "ID", "The asset the case is about; default: the nearest of the category's kind.");
            t.Field("reporterName", "String");
            t.Field("reporterPhone", "String");
            t.Field("reporterEmail", "String");
            t.Field("externalId", "String", "The caller's id, e.g. the 12345 ticket number.");
            t.Field("mediaUrl", "String");
            t.Field("reportedAt", "DateTime", "When the report was taken; default now; never in the future.");
        }),
        new InputObjectType("TransitionComplaintInput", t =>
        {
            t.Field("id", "ID!");
            t.Field("action", "ComplaintAction!");
            t.Field("expectedVersion", "Int", "The version you read; a stale one is refused with VersionConflictError.");
            t.Field("note", "String", "Reason or remark (internal: staff only); required by return, shelve and void.");
            t.Field("publicNote", "String", "公开答复: what the reporter and the public read of this step (Open311 status_notes, the resident status page); at most 1000 characters.");
            t.Field("personId", "ID", "dispatch: the person to handle it.");
            t.Field("unitId", "ID", "dispatch: the unit to handle it.");
            t.Field("passed", "Boolean", "verify: the 核查 verdict; false sends the case back (返工).");
            t.Field("reworkTo", "ComplaintStage", "verify failed: DISPATCHED (default) or DISPOSING.");
            t.Field("newDeadline", "DateTime", "extend: the new deadline.");
        }),
        Payload("reportComplaint", ("complaint", "Complaint"), ("folded", "Boolean")),
        Payload("transitionComplaint", ("complaint", "Complaint")),
        ErrorTypes.Union("reportComplaint", "InvalidGeometryError", "GeometryTypeError", "OutsideZonesError", "UnknownCategoryError"),
        ErrorTypes.Union("transitionComplaint", "InvalidTransitionError"),
    ];
}
