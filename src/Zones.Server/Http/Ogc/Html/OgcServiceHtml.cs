using Zones.Server.Data;

namespace Zones.Server.Http.Ogc.Html;

/// <summary>The landing page and the conformance page as HTML: the same links and classes as their JSON.</summary>
static class OgcServiceHtml
{
    // Conformance classes by the last part of their URI, so the page says in words what each promises.
    static readonly Dictionary<string, string> ClassNames = new()
    {
        ["ogcapi-features-1/1.0/conf/core"] = "要素服务核心 Features Core",
        ["ogcapi-features-1/1.0/conf/geojson"] = "GeoJSON 编码 GeoJSON encoding",
        ["ogcapi-features-1/1.0/conf/html"] = "HTML 网页 HTML encoding",
        ["ogcapi-features-1/1.0/conf/oas30"] = "OpenAPI 3.0 接口定义 OpenAPI 3.0",
        ["ogcapi-features-2/1.0/conf/crs"] = "坐标参考系 Coordinate reference systems by reference",
        ["ogcapi-features-3/1.0/conf/queryables"] = "可查询属性 Queryables",
        ["ogcapi-features-3/1.0/conf/queryables-query-parameters"] = "按属性筛选 Queryables as query parameters",
        ["ogcapi-features-3/1.0/conf/filter"] = "过滤 Filter",
        ["ogcapi-features-3/1.0/conf/features-filter"] = "要素过滤 Features filter",
    };

    public static Task LandingAsync(HttpContext http, string description)
    {
        var root = OgcLinks.Root(http);
        return new HtmlPage(http, "OGC API – Features 服务 service")
            .Paragraph(description)
            .Heading("数据集 Collections")
            .Links(FeatureCollections.All.Select(c => (HtmlPage.HtmlUrl(http, $"/collections/{c.Id}"), c.Title, (string?)c.Description)))
            .Heading("本服务 About this service")
            .Links([
                (HtmlPage.HtmlUrl(http, "/collections"), "数据集列表 collections", "每个数据集的范围和链接"),
                (HtmlPage.HtmlUrl(http, "/conformance"), "符合的标准 conformance", "本服务实现的 OGC 标准部分"),
                ($"{root}/api", "API 定义 API definition (OpenAPI 3.0, JSON)", "供程序读取的接口说明"),
            ])
            .WriteAsync();
    }

    public static Task ConformanceAsync(HttpContext http, IEnumerable<string> classes) =>
        new HtmlPage(http, "符合的标准 Conformance")
            .Trail((null, "符合的标准"))
            .Paragraph("本服务实现以下 OGC 标准的一致性类（conformance classes）：")
            .Table(["名称 name", "标识 URI"], classes.Select(uri => (IReadOnlyList<string>)
            [
                HtmlPage.Bilingual(ClassNames.FirstOrDefault(n => uri.EndsWith(n.Key, StringComparison.Ordinal)).Value ?? "—"),
                $"<span class=\"code\">{HtmlPage.A(uri, uri)}</span>",
            ]))
            .WriteAsync();
}
