using NetTopologySuite.Geometries;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data.Access;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Schema.Types;

/// <summary>并案 (issue #14 §3): the reports folded into a case, and a township's folding settings.</summary>
public static class ComplaintReportTypes
{
    public static readonly ObjectType ComplaintReport = new("ComplaintReport", t =>
    {
        t.Description("A further report of the same problem, folded into the case (并案) instead of opening a second case.");
        t.Field("id", "ID!", r => Report(r).Id).Description("splitComplaintReport takes it back out as a case of its own.");
        t.Field("reporterName", "String", async (r, _, ctx) => (await ReporterAsync(ctx, Report(r))).Name)
            .Description("反映人: in full for staff of the case's township, else masked (张*).");
        t.Field("reporterPhone", "String", async (r, _, ctx) => (await ReporterAsync(ctx, Report(r))).Phone)
            .Description("反映人电话: in full for staff of the case's township, else masked (138****5678).");
        t.Field("description", "String!", r => Report(r).Description);
        t.Field("address", "String", r => Report(r).Address);
        t.Field("source", "ComplaintSource!", r => Report(r).Source);
        t.Field("externalId", "String", r => Report(r).ExternalId).Description("The caller's id, e.g. the 12345 ticket number.");
        t.Field("location", "Geometry!", r => new GeometryValue(new Point(Report(r).Lon, Report(r).Lat) { SRID = 4326 }));
        t.Field("distanceM", "Float!", r => Math.Round(Report(r).DistanceM, 1)).Description("Metres from the case's point, on the ground.");
        t.Field("reportedAt", "DateTime!", r => Report(r).ReportedAt);
        t.Field("foldedAt", "DateTime!", r => Report(r).FoldedAt);
        t.Field("recordedBy", "String!", r => Report(r).Actor).Description("The account or API key that took the report.");
    });

    public static readonly ObjectType ComplaintFoldSettings = new("ComplaintFoldSettings", t =>
    {
        t.Description("并案: a report of the same category this close to an open case of the last windowDays days joins that case.");
        t.Field("componentRadiusM", "Float!", s => Settings(s).ComponentRadiusM).Description("部件 (components), metres; default 50.");
        t.Field("eventRadiusM", "Float!", s => Settings(s).EventRadiusM).Description("事件 (events), metres; default 250.");
        t.Field("windowDays", "Int!", s => Settings(s).WindowDays).Description("Only cases reported this many days before the report; default 7.");
        t.Field("enabled", "Boolean!", s => Settings(s).Enabled).Description("false: every report opens a case of its own.");
        t.Field("customised", "Boolean!", s => Settings(s).Customised).Description("The township has its own settings; false = the defaults.");
    });

    public static IEnumerable<NamedType> All => [ComplaintReport, ComplaintFoldSettings];

    /// <summary>
    /// <c>Complaint.reports</c>: staff (admin, planner, cadre, viewer) see the folded reports; everyone else an
    /// empty list. Reporters are shown by the same rule as the case's own (ReporterPrivacy).
    /// </summary>
    public static async ValueTask<object?> ReportsAsync(ResolveContext ctx, long complaintId) =>
        ReporterPrivacy.IsStaff(ctx.Zones().Actor)
            ? await ctx.Loader<long, Data.Complaints.ComplaintReport[]>("complaintReports", async (ids, ct) =>
              {
                  var reports = await ctx.Get<FoldStore>().ReportsAsync(ids.ToList(), ct);
                  return ids.ToDictionary(id => id, id => reports[id].ToArray());
              }).LoadAsync(complaintId) ?? []
            : Array.Empty<Data.Complaints.ComplaintReport>();

    static Data.Complaints.ComplaintReport Report(object? r) => (Data.Complaints.ComplaintReport)r!;

    static FoldSettings Settings(object? s) => (FoldSettings)s!;

    static Task<Reporter> ReporterAsync(ResolveContext ctx, Data.Complaints.ComplaintReport r) =>
        ctx.Zones().Access.ReporterAsync(r.TownshipCode, r.ReporterName, r.ReporterPhone, ctx.CancellationToken);
}
