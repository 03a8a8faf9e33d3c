using Zones.GraphQL.Types;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>案卷: complaints with their zone, asset, first responsible party (首问负责) and stage.</summary>
public static class ComplaintTypes
{
    public static readonly EnumType ComplaintStage = new("ComplaintStage", e =>
    {
        e.Value("RECEIVED", "received", "受理");
        e.Value("REGISTERED", "registered", "立案");
        e.Value("DISPATCHED", "dispatched", "派遣");
        e.Value("DISPOSING", "disposing", "处置");
        e.Value("FEEDBACK", "feedback", "反馈");
        e.Value("VERIFYING", "verifying", "核查");
        e.Value("CLOSED", "closed", "结案");
        e.Value("SHELVED", "shelved", "挂账");
        e.Value("VOIDED", "voided", "作废");
    });

    public static readonly EnumType ComplaintSource = new("ComplaintSource", e =>
    {
        e.Value("CITIZEN", "citizen", "群众");
        e.Value("HOTLINE_12345", "hotline_12345", "12345热线");
        e.Value("INSPECTION", "inspection", "巡查");
        e.Value("ASSIGNED", "assigned", "上级交办");
        e.Value("MEDIA", "media", "媒体");
        e.Value("OPEN311", "open311", "Open311 接口");
    });

    public static readonly ObjectType Complaint = new("Complaint", t =>
    {
        t.Field("id", "ID!");
        t.Field("caseNumber", "String!").Description("C|E + 大类小类 + yyyyMMdd + 流水号.");
        t.Field("categoryKind", "String!").Description("component (部件) or event (事件).");
        t.Field("categoryCode", "String!");
        t.Field("categoryName", "String");
        t.Field("source", "ComplaintSource!");
        t.Field("description", "String!");
        t.Field("address", "String");
        t.Field("urgency", "String!");
        t.Field("stage", "ComplaintStage!");
        t.Field("reportedAt", "DateTime!");
        t.Field("deadline", "DateTime");
        t.Field("stageDeadline", "DateTime");
        t.Field("disposedAt", "DateTime");
        t.Field("closedAt", "DateTime");
        t.Field("updatedAt", "DateTime!");
        t.Field("overdue", "Boolean!");
        t.Field("reworkCount", "Int!");
        t.Field("extensionCount", "Int!");
        t.Field("version", "Int!");
        t.Field("townshipCode", "String!");
        t.Field("reporterName", "String", async (c, _, ctx) => (await ReporterAsync(ctx, Row(c))).Name)
            .Description("反映人: in full for staff (admin, planner, cadre, viewer) of the complaint's township, else masked (张*).");
        t.Field("reporterPhone", "String", async (c, _, ctx) => (await ReporterAsync(ctx, Row(c))).Phone)
            .Description("反映人电话: in full for staff of the complaint's township, else masked (138****5678).");
        t.Field("reporterCount", "Int!", c => Row(c).ReporterCount)
            .Description("N 人反映: the first reporter and the further reports folded into the case (并案).");
        t.Field("reports", "[ComplaintReport!]!", (c, _, ctx) => ComplaintReportTypes.ReportsAsync(ctx, Row(c).Id))
            .Description("The further reports folded into the case, oldest first; staff only (empty for others), reporters shown as on the case.");
        t.Field("location", "Geometry!", c => new GeometryValue(Row(c).Geometry));
        t.Field("zone", "Zone", async (c, _, ctx) => Row(c).ZoneId is { } z ? await Loaders.Zones(ctx).LoadAsync(z) : null);
        t.Field("asset", "Asset", async (c, _, ctx) => Row(c).AssetId is { } a ? await Loaders.Assets(ctx).LoadAsync(a) : null);
        t.Field("firstResponsible", "Owner", async (c, _, ctx) => await OwnerAsync(ctx, Row(c).FirstResponsiblePersonId, Row(c).FirstResponsibleUnitId))
            .Description("首问负责: the owner found at intake, kept forever.");
        t.Field("responsible", "Owner", async (c, _, ctx) => await OwnerAsync(ctx, Row(c).ResponsiblePersonId, Row(c).ResponsibleUnitId))
            .Description("Who handles the case now.");
        t.Field("events", "[ComplaintEvent!]!", async (c, _, ctx) => await Loaders.ComplaintEvents(ctx).LoadAsync(Row(c).Id) ?? [])
            .Description("流转记录: the case's history, oldest first.");
        t.Field("allowedActions", "[ComplaintAction!]!", (c, _, ctx) => ValueTask.FromResult<object?>(ctx.Zones().Actor is { } actor
                ? Data.Complaints.WorkflowRules.AllowedActions(Row(c).Stage, actor, Row(c).ResponsiblePersonId, Row(c).ResponsibleUnitId)
                : Array.Empty<string>()))
            .Description("The actions you may take on the case now (transitionComplaint); empty when not signed in or not yours.");
        t.Field("photos", "[CasePhoto!]!", async (c, _, ctx) => await Loaders.ComplaintPhotos(ctx).LoadAsync((Row(c).TownshipCode, Row(c).Id, Row(c).Stage)) ?? [])
            .Description("照片, oldest first: 整改前 for staff of the case's township only; report and 整改后 photos for whoever may read the case (none once it is voided).");
    });

    public static readonly ObjectType ComplaintEventType = new("ComplaintEvent", t =>
    {
        t.Description("One step of a case's history (流转记录).");
        t.Field("id", "ID!", e => Event(e).Id);
        t.Field("action", "String!", e => Event(e).Action).Description("receive, register, dispatch, dispose, feedback, verify, close, return, extend, shelve, resume, void, rework, transfer.");
        t.Field("actionLabel", "String!", e => Data.Complaints.Actions.Chinese(Event(e).Action)).Description("The action in Chinese, e.g. 派遣.");
        t.Field("fromStage", "ComplaintStage", e => Event(e).FromStage);
        t.Field("toStage", "ComplaintStage!", e => Event(e).ToStage);
        t.Field("actor", "String!", e => Event(e).Actor).Description("Who took the step (user name or system).");
        t.Field("actorName", "String", e => Event(e).ActorName)
            .Description("The name of the person who took the step (else the account's display name); null for the system, API keys and imported history.");
        t.Field("note", "String", e => Event(e).Note).Description("The internal note (reason, remark).");
        t.Field("publicNote", "String", e => Event(e).PublicNote).Description("公开答复: what the step told the reporter and the public.");
        t.Field("deadline", "DateTime", e => Event(e).Deadline).Description("The deadline the step set, if any.");
        t.Field("at", "DateTime!", e => Event(e).At);
    });

    public static IEnumerable<NamedType> All =>
        [ComplaintStage, ComplaintSource, Complaint, ComplaintEventType, Connections.EdgeOf("Complaint", true), Connections.Of("Complaint"), .. PhotoTypes.All];

    static ComplaintRow Row(object? c) => (ComplaintRow)c!;

    static Data.Complaints.ComplaintEvent Event(object? e) => (Data.Complaints.ComplaintEvent)e!;

    static Task<Data.Access.Reporter> ReporterAsync(Zones.GraphQL.Execution.ResolveContext ctx, ComplaintRow c) =>
        ctx.Zones().Access.ReporterAsync(c.TownshipCode, c.ReporterName, c.ReporterPhone, ctx.CancellationToken);

    static async Task<object?> OwnerAsync(Zones.GraphQL.Execution.ResolveContext ctx, long? person, long? unit) =>
        person is { } p ? await Loaders.People(ctx).LoadAsync(p) : unit is { } u ? await Loaders.Units(ctx).LoadAsync(u) : null;
}
