using System.Globalization;
using Zones.Server.Data;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc.Html;

/// <summary>The collections list and one collection's description as HTML pages.</summary>
static class OgcCollectionsHtml
{
    public static Task ListAsync(HttpContext http, IReadOnlyList<(FeatureCollection C, double[]? Extent, DateTimeOffset?[]? Interval)> collections) =>
        new HtmlPage(http, "数据集 Collections")
            .Trail((null, "数据集"))
            .Table(["数据集 collection", "说明 description", "几何 geometry", "范围 extent", "链接 links"],
                   collections.Select(x => (IReadOnlyList<string>)
                   [
                       HtmlPage.A(HtmlPage.HtmlUrl(http, $"/collections/{x.C.Id}"), x.C.Title),
                       HtmlPage.Esc(x.C.Description),
                       HtmlPage.Esc(x.C.GeometryType),
                       Extent(x.Extent, x.Interval),
                       $"{HtmlPage.A(HtmlPage.HtmlUrl(http, $"/collections/{x.C.Id}/items"), "浏览要素")} · " +
                       $"{HtmlPage.A(HtmlPage.HtmlUrl(http, $"/collections/{x.C.Id}/queryables"), "可查询属性")}",
                   ]), id: "collections")
            .WriteAsync();

    public static Task OneAsync(HttpContext http, FeatureCollection c, double[]? extent, DateTimeOffset?[]? interval)
    {
        var self = $"/collections/{c.Id}";
        var json = $"{OgcLinks.Root(http)}{self}";
        return new HtmlPage(http, c.Title)
            .Trail(("/collections", "数据集"), (null, c.Title))
            .Paragraph(c.Description)
            .Links([
                (HtmlPage.HtmlUrl(http, $"{self}/items"), "浏览要素 browse the features", "表格和地图，分页浏览"),
                (HtmlPage.HtmlUrl(http, $"{self}/queryables"), "可查询属性 queryables", "可用于筛选和排序的属性"),
                ($"{json}/items?f=json", "下载 GeoJSON (this page of items)", "application/geo+json"),
            ])
            .Heading("说明 Description")
            .Table(["项目 item", "内容 value"],
            [
                ["标识 id", $"<span class=\"code\">{HtmlPage.Esc(c.Id)}</span>"],
                ["几何类型 geometry", HtmlPage.Esc(c.GeometryType)],
                ["范围 extent", Extent(extent, interval)],
                ["存储坐标系 storage CRS", $"<span class=\"code\">{HtmlPage.Esc(OgcParameters.Crs84)}</span>"],
                ["可选坐标系 CRS (crs=…)", $"<details><summary>{OgcCrs.Supported.Count} 个 CRS</summary>" +
                    string.Join("<br>", OgcCrs.Supported.Select(s => $"<span class=\"code\">{HtmlPage.Esc(s.Uri)}</span>")) + "</details>"],
            ])
            .WriteAsync();
    }

    /// <summary>"经度 119.9–120.1，纬度 30.8–30.9" and the time interval, in words.</summary>
    static string Extent(double[]? box, DateTimeOffset?[]? interval)
    {
        var space = box is null
            ? "（暂无要素 no features）"
            : string.Create(CultureInfo.InvariantCulture,
                $"经度 {box[0]:0.#####} – {box[2]:0.#####}，纬度 {box[1]:0.#####} – {box[3]:0.#####}");
        if (interval is null)
            return HtmlPage.Esc(space);
        string Day(DateTimeOffset? t) => t is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "…";
        return $"{HtmlPage.Esc(space)}<br>时间 {Day(interval[0])} 至 {Day(interval[1])}";
    }
}
