using System.Globalization;
using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc.Html;

/// <summary>
/// A page of items and one item as HTML: a small map of the geometries, the properties as a
/// table, and the same <c>next</c>/<c>prev</c> pages as the GeoJSON (one <see cref="OgcItemsEndpoint.PageUrl"/>).
/// The features are the very texts the GeoJSON answer streams (the same query, filters, paging).
/// </summary>
static class OgcItemsHtml
{
    /// <summary>
    /// Reads the page through <paramref name="readPage"/> (the store's page read, given a writer)
    /// and sends it as HTML.
    /// </summary>
    public static async Task PageAsync(HttpContext http, FeatureCollection c, OgcItemsQuery q, long matched,
                                       Func<Func<string, Task>, Task<int>> readPage)
    {
        var texts = new List<string>();
        var returned = await readPage(feature => { texts.Add(feature); return Task.CompletedTask; });
        var docs = texts.Select(t => JsonDocument.Parse(t)).ToList();
        try
        {
            var features = docs.Select(d => d.RootElement).ToList();
            var root = $"{OgcLinks.Root(http)}/collections/{c.Id}";
            var pager = Pager(http, root, q, matched, returned);
            var page = new HtmlPage(http, FeaturesTitle(c))
                .Trail(("/collections", "数据集"), ($"/collections/{c.Id}", c.Title), (null, "要素"))
                .Paragraph(returned == 0
                    ? $"没有符合条件的要素（共 {matched} 个）。No features on this page."
                    : $"共 {matched} 个要素，本页第 {q.Offset + 1}–{q.Offset + returned} 个。 {matched} features; this page shows {q.Offset + 1}–{q.Offset + returned}.")
                .Add(pager);
            if (Map(http, c, features, $"{c.Title}：本页要素的位置", q.Crs.SwapsAxes) is { } map)
                page.Add(map);
            var names = PropertyNames(features);
            await page.Table(names.Select(n => FeatureProperties.Title(c, n)).Prepend("要素 id").ToList(),
                             features.Select(f => Row(http, c, f, names)), id: "items")
                .Add(pager)
                .WriteAsync("GeoJSON");
        }
        finally
        {
            docs.ForEach(d => d.Dispose());
        }
    }

    /// <summary>One feature (the GeoJSON text the store wrote) as a page: its map and its properties.</summary>
    public static Task ItemAsync(HttpContext http, FeatureCollection c, string featureText, OgcCrs crs)
    {
        using var doc = JsonDocument.Parse(featureText);
        var f = doc.RootElement;
        var label = FeatureProperties.Label(f);
        var page = new HtmlPage(http, label)
            .Trail(("/collections", "数据集"), ($"/collections/{c.Id}", c.Title), ($"/collections/{c.Id}/items", "要素"), (null, label));
        if (Map(http, c, [f], $"{label} 的位置", crs.SwapsAxes) is { } map)
            page.Add(map);
        var rows = new List<IReadOnlyList<string>> { new[] { HtmlPage.Bilingual("要素 id"), HtmlPage.Esc(Id(f)) } };
        if (f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
            rows.AddRange(p.EnumerateObject().Select(x => (IReadOnlyList<string>)
                [HtmlPage.Bilingual(FeatureProperties.Title(c, x.Name)), FeatureProperties.Value(c, x.Name, x.Value)]));
        return page.Heading("属性 Properties")
            .Table(["属性 property", "值 value"], rows, id: "properties")
            .WriteAsync("GeoJSON");
    }

    /// <summary>"部件 Assets" → "部件要素 Assets features".</summary>
    static string FeaturesTitle(FeatureCollection c) =>
        c.Title.IndexOf(' ') is var space and > 0 ? $"{c.Title[..space]}要素 {c.Title[(space + 1)..]} features" : c.Title;

    static string? Map(HttpContext http, FeatureCollection c, IReadOnlyList<JsonElement> features, string label, bool swapAxes)
    {
        var shapes = features
            .Where(f => f.TryGetProperty("geometry", out _))
            .Select(f => new SvgShape(f.GetProperty("geometry"), ItemUrl(http, c, f), FeatureProperties.Label(f)))
            .ToList();
        return SvgMap.Render(shapes, label, swapAxes) is { } svg
            ? $"<figure class=\"map\">{svg}<figcaption>{HtmlPage.Esc(label)}（示意图，点击图形查看要素 sketch; click a shape）</figcaption></figure>"
            : null;
    }

    // The properties of the page's features in the order they first appear (features of one
    // collection share them; properties=… may choose fewer).
    static IReadOnlyList<string> PropertyNames(IReadOnlyList<JsonElement> features) =>
        features.SelectMany(f => f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                ? p.EnumerateObject().Select(x => x.Name) : [])
            .Distinct()
            .ToList();

    static IReadOnlyList<string> Row(HttpContext http, FeatureCollection c, JsonElement f, IReadOnlyList<string> names)
    {
        var p = f.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object ? props : default;
        return names
            .Select(n => FeatureProperties.Value(c, n, p.ValueKind == JsonValueKind.Object && p.TryGetProperty(n, out var v) ? v : default))
            .Prepend(HtmlPage.A(ItemUrl(http, c, f), Id(f)))
            .ToList();
    }

    static string Id(JsonElement f) => f.TryGetProperty("id", out var id) ? id.GetRawText().Trim('"') : "";

    static string ItemUrl(HttpContext http, FeatureCollection c, JsonElement f) =>
        HtmlPage.HtmlUrl(http, $"/collections/{c.Id}/items/{Uri.EscapeDataString(Id(f))}");

    static string Pager(HttpContext http, string root, OgcItemsQuery q, long matched, int returned)
    {
        var links = new List<string>();
        if (q.Offset > 0)
            links.Add($"<a rel=\"prev\" href=\"{HtmlPage.Esc(OgcItemsEndpoint.PageUrl(http, root, Math.Max(0, q.Offset - q.Limit), q.Limit))}\">‹ 上一页 previous</a>");
        if (q.Offset + returned < matched)
            links.Add($"<a rel=\"next\" href=\"{HtmlPage.Esc(OgcItemsEndpoint.PageUrl(http, root, q.Offset + q.Limit, q.Limit))}\">下一页 next ›</a>");
        var pages = (matched + q.Limit - 1) / q.Limit;
        var current = q.Offset / q.Limit + 1;
        links.Add(string.Create(CultureInfo.InvariantCulture, $"<span>第 {current} / {Math.Max(pages, 1)} 页 · 每页 {q.Limit} 个</span>"));
        return $"<div class=\"pager\">{string.Join("", links)}</div>";
    }
}
