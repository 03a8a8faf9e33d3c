using Zones.Server.Data;
using Queryable = Zones.Server.Data.Queryable;

namespace Zones.Server.Http.Ogc.Html;

/// <summary>
/// A collection's queryables (or sortables) as an HTML page: each property's name as a client
/// writes it in <c>filter</c> / <c>?name=value</c>, its Chinese title, type and accepted codes.
/// The rows are <see cref="Queryables.Of"/>, the list the JSON Schema and the SQL use.
/// </summary>
static class OgcQueryablesHtml
{
    static readonly Dictionary<QueryableType, string> TypeNames = new()
    {
        [QueryableType.String] = "文本 string",
        [QueryableType.Integer] = "整数 integer",
        [QueryableType.Number] = "数值 number",
        [QueryableType.Boolean] = "是/否 boolean",
        [QueryableType.Date] = "日期 date",
        [QueryableType.Timestamp] = "时间 date-time",
        [QueryableType.Geometry] = "几何 geometry",
    };

    /// <param name="title">"可查询属性 Queryables" or "可排序属性 Sortables".</param>
    /// <param name="segment">The path segment after the collection: <c>queryables</c> or <c>sortables</c>.</param>
    public static Task WriteAsync(HttpContext http, FeatureCollection c, IEnumerable<Queryable> list,
                                  string title = "可查询属性 Queryables", string segment = "queryables")
    {
        var items = $"/collections/{c.Id}/items";
        return new HtmlPage(http, $"{c.Title} · {title}")
            .Trail(("/collections", "数据集"), ($"/collections/{c.Id}", c.Title), (null, title))
            .Paragraph("以下属性可用于筛选（filter=… 的 CQL2 表达式，或 ?属性名=值）和排序（sortby=…）。" +
                       "编码类属性也接受中文值，例如 status=损坏。")
            .Table(["属性名 name", "名称 title", "类型 type", "可选值 values", "可排序 sortable", "有索引 indexed"],
                   list.Select(q => (IReadOnlyList<string>)
                   [
                       $"<span class=\"code\">{HtmlPage.Esc(q.Name)}</span>",
                       HtmlPage.Bilingual(q.Title),
                       HtmlPage.Bilingual(TypeNames[q.Type]),
                       q.Codes is { } codes ? HtmlPage.Esc(codes.Describe()) : "",
                       q.Sortable ? "是" : "否",
                       q.Indexed ? "是" : "否",
                   ]), id: segment)
            .Links([(HtmlPage.HtmlUrl(http, items), "浏览要素 browse the features", null)])
            .WriteAsync("JSON Schema");
    }
}
