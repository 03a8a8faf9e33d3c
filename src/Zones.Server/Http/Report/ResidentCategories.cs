using Zones.Server.Data.Complaints;

namespace Zones.Server.Http.Report;

/// <summary>One choice of the report page: a category in force at the point, in a resident's words, with its picture.</summary>
/// <param name="ServiceCode"><c>E0107</c>: what the page sends back.</param>
/// <param name="Label">What a resident calls it (垃圾桶满了), shown under the picture.</param>
/// <param name="Name">The category's own name (垃圾箱满溢), shown small.</param>
/// <param name="Icon">Which inline SVG of the page (src/Zones.Map/src/report/categoryIcons.ts) draws it.</param>
/// <param name="Limit">The time limit in words (4 个工作时).</param>
/// <param name="Promise">What the receipt promises: <c>4 个工作时内处理</c>.</param>
public sealed record ResidentCategory(string ServiceCode, string Label, string Name, string Icon, string Limit, string Promise);

/// <summary>
/// The short list of the report page: the problems residents report most (the seeds' 群众投诉 campaigns —
/// bins, litter, lights, toilets, dirty roads, stalls, sheds, water), mapped onto the shipped category codes
/// (data/migrations/0002). Only those in force in the township at the point are offered, with that
/// township's own time limits; the order is the order here.
/// </summary>
public static class ResidentCategories
{
    static readonly (string Code, string Label, string Icon)[] Shortlist =
    [
        ("E0107", "垃圾桶满了", "bin-full"),
        ("E0102", "乱堆垃圾", "litter"),
        ("C0118", "路灯不亮", "streetlight"),
        ("C0301", "公厕脏乱或损坏", "toilet"),
        ("E0104", "路面脏", "road"),
        ("C0305", "垃圾桶坏了或不见了", "bin-broken"),
        ("E0501", "占道摆摊", "stall"),
        ("E0101", "乱搭乱建", "shed"),
        ("E0105", "河塘水面脏", "water"),
    ];

    /// <summary>The shortlist entries among <paramref name="inForce"/>, in shortlist order.</summary>
    public static List<ResidentCategory> Of(IEnumerable<ComplaintCategory> inForce)
    {
        var byCode = inForce.ToDictionary(c => c.ServiceCode, StringComparer.Ordinal);
        return [.. Shortlist.Where(s => byCode.ContainsKey(s.Code)).Select(s =>
        {
            var c = byCode[s.Code];
            return new ResidentCategory(s.Code, s.Label, c.Name, s.Icon, c.Limit.ToChinese(), Promise(c.Limit));
        })];
    }

    /// <summary>Whether the page offers <paramref name="serviceCode"/> at all.</summary>
    public static bool Offers(string serviceCode) => Shortlist.Any(s => s.Code == serviceCode);

    /// <summary>The receipt's promise: <c>3 个工作日内处理</c>.</summary>
    public static string Promise(TimeLimit limit) => $"{limit.ToChinese()}内处理";
}
