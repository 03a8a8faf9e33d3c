using Zones.Server.Data.Complaints;
using Zones.Server.Data.Report;

namespace Zones.Server.Http.Report;

/// <summary>What the page shows after a report: the case number to keep, the promise in words, and whether others reported it first.</summary>
/// <param name="CaseNumber">The public, installation-unique number (the status page asks for it).</param>
/// <param name="Folded">The report was attached to an open case of the same problem nearby (duplicate folding).</param>
/// <param name="ReporterCount">How many residents reported the case, this one included (已有 N 人反映).</param>
/// <param name="Promise"><c>3 个工作日内处理</c>, from the category's time limit in the township.</param>
public sealed record ReportReceipt(string CaseNumber, bool Folded, int ReporterCount, string? Promise, DateTimeOffset? Deadline,
                                   string? Zone, int Photos, string Stage);

/// <summary>Builds the receipt of a stored report.</summary>
sealed class ReportReceipts(ReportCaseStore cases, CategoryStore categories)
{
    public async Task<ReportReceipt> ForAsync(Complaint c, ComplaintPayload result, int photos, CancellationToken ct)
    {
        var shown = await cases.ByIdAsync(c.TownshipCode, c.Id, ct);
        var category = (await categories.InForceAsync(c.TownshipCode, ct)).FirstOrDefault(x => x.ServiceCode == c.ServiceCode);
        return new ReportReceipt(shown.PublicId, result.Folded, shown.ReporterCount,
                                 category is null ? null : ResidentCategories.Promise(category.Limit),
                                 c.Deadline, c.ZoneName, photos, PublicStages.Of(c.Stage).Words);
    }
}
