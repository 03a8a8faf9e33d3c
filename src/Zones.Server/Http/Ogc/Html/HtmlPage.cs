using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Zones.Server.Http.Ogc.Html;

/// <summary>
/// One plain HTML 5 page of the <c>/ogc</c> service (as pg_featureserv offers): the service
/// header, a trail back to the landing page, the body the caller adds, and a footer linking the
/// same resource as JSON. Chinese first, English second; readable on a phone (390 px wide) and on
/// a desk. No script: the page works under the server's CSP (<c>script-src 'self'</c>) as it is,
/// and the only styles are the inline sheet below (<c>style-src 'unsafe-inline'</c> is allowed).
/// </summary>
sealed class HtmlPage(HttpContext http, string title)
{
    // Chinese stays readable in the source; < > & " ' and control characters are escaped.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    const string Style = """
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2937;background:#fff}
        header{background:#1d4ed8;color:#fff;padding:.6rem 1rem}
        header a{color:#fff;text-decoration:none;font-weight:600}
        main{max-width:68rem;margin:0 auto;padding:.5rem 1rem 2rem}
        nav.trail{font-size:.9rem;color:#4b5563;margin:.4rem 0}
        nav.trail a{color:#1d4ed8}
        h1{font-size:1.4rem;margin:.6rem 0}
        h2{font-size:1.1rem;margin:1.4rem 0 .4rem}
        a{color:#1d4ed8}
        .en{color:#6b7280;font-size:.9em}
        .nw{white-space:nowrap}
        .code{font-family:ui-monospace,monospace;font-size:.85em;color:#6b7280;word-break:break-all}
        .scroll{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;font-size:.9rem;margin:.4rem 0}
        th,td{border:1px solid #e5e7eb;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f4f6;font-weight:600;white-space:nowrap}
        td{overflow-wrap:break-word;max-width:24rem}
        ul.links{padding-left:1.2rem}
        ul.links li{margin:.2rem 0}
        .pager{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin:.6rem 0}
        .pager a{padding:.2rem .7rem;border:1px solid #1d4ed8;border-radius:.3rem;text-decoration:none}
        figure.map{margin:.6rem 0;max-width:40rem}
        figure.map svg{display:block;width:100%;height:auto;max-height:26rem;background:#f1f5f9;border:1px solid #cbd5e1;border-radius:.3rem}
        figure.map figcaption{font-size:.8rem;color:#6b7280}
        footer{border-top:1px solid #e5e7eb;margin-top:2rem;padding-top:.6rem;font-size:.85rem;color:#4b5563}
        """;

    readonly StringBuilder _body = new();

    /// <summary>Text made safe for HTML (element content and quoted attribute values).</summary>
    public static string Esc(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>An <c>&lt;a&gt;</c> to <paramref name="href"/> with the text escaped.</summary>
    public static string A(string href, string text) => $"<a href=\"{Esc(href)}\">{Esc(text)}</a>";

    /// <summary>"片区 Zones" → 片区 <span class=en>Zones</span>: the English half of a title set apart.</summary>
    public static string Bilingual(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 && text[..space].Any(c => c > 0x2E80)
            ? $"{Esc(text[..space])} <span class=\"en\">{Esc(text[(space + 1)..])}</span>"
            : Esc(text);
    }

    /// <summary>The URL of an <c>/ogc</c> path as an HTML page (<c>f=html</c>, so links work for any client).</summary>
    public static string HtmlUrl(HttpContext http, string path) =>
        QueryHelpers.AddQueryString($"{OgcLinks.Root(http)}{path}", "f", "html");

    /// <summary>This request's URL with <c>f</c> set to <paramref name="format"/> (the JSON twin of a page).</summary>
    public static string SameAs(HttpContext http, string format) =>
        WithFormat($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}", format);

    /// <summary>An absolute URL with <c>f</c> set to <paramref name="format"/>, its other parameters kept.</summary>
    public static string WithFormat(string url, string format)
    {
        var uri = new Uri(url);
        var args = QueryHelpers.ParseQuery(uri.Query).Where(kv => kv.Key != "f")
            .Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value.ToString()))
            .Append(KeyValuePair.Create("f", (string?)format));
        return QueryHelpers.AddQueryString(uri.GetLeftPart(UriPartial.Path), args);
    }

    /// <summary>The trail from the landing page; the last step is this page (no link).</summary>
    public HtmlPage Trail(params (string? Path, string Text)[] steps)
    {
        _body.Append("<nav class=\"trail\" aria-label=\"位置\">").Append(A(HtmlUrl(http, ""), "首页"));
        foreach (var (path, text) in steps)
            _body.Append(" › ").Append(path is null ? Esc(text) : A(HtmlUrl(http, path), text));
        _body.Append("</nav>");
        return this;
    }

    /// <summary>Adds markup the caller built (with <see cref="Esc"/> for every value).</summary>
    public HtmlPage Add(string html)
    {
        _body.Append(html);
        return this;
    }

    public HtmlPage Heading(string text) => Add($"<h2>{Bilingual(text)}</h2>");

    public HtmlPage Paragraph(string text) => Add($"<p>{Esc(text)}</p>");

    /// <summary>A list of links, each with an optional note after it.</summary>
    public HtmlPage Links(IEnumerable<(string Href, string Text, string? Note)> links)
    {
        _body.Append("<ul class=\"links\">");
        foreach (var (href, text, note) in links)
            _body.Append("<li>").Append(A(href, text)).Append(note is null ? "" : $" — {Esc(note)}").Append("</li>");
        _body.Append("</ul>");
        return this;
    }

    /// <summary>A table; cells are markup (escape values with <see cref="Esc"/>). Scrolls sideways on a phone.</summary>
    public HtmlPage Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? id = null)
    {
        _body.Append("<div class=\"scroll\"><table").Append(id is null ? "" : $" id=\"{Esc(id)}\"").Append("><thead><tr>");
        foreach (var h in headers)
            _body.Append("<th>").Append(Bilingual(h)).Append("</th>");
        _body.Append("</tr></thead><tbody>");
        foreach (var row in rows)
            _body.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{cell}</td>")).Append("</tr>");
        _body.Append("</tbody></table></div>");
        return this;
    }

    /// <summary>Sends the page (200, UTF-8) with a footer linking its JSON twin.</summary>
    public async Task WriteAsync(string jsonTitle = "JSON")
    {
        var service = http.RequestServices.GetRequiredService<IOptions<ZonesOptions>>().Value.Title;
        var page = new StringBuilder(_body.Length + 4096)
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            // No favicon request (a 404 in the console): the service has no icon of its own.
            .Append("<link rel=\"icon\" href=\"data:,\">")
            .Append("<title>").Append(Esc($"{title} · {service}")).Append("</title>")
            .Append("<link rel=\"alternate\" type=\"application/json\" href=\"").Append(Esc(SameAs(http, "json"))).Append("\">")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<header>").Append(A(HtmlUrl(http, ""), $"{service} · OGC API – Features")).Append("</header>")
            .Append("<main><h1>").Append(Bilingual(title)).Append("</h1>").Append(_body)
            .Append("<footer>本页的机器可读格式 machine-readable: ").Append(A(SameAs(http, "json"), jsonTitle))
            .Append(" · 在 QGIS / GDAL 中使用：添加 OGC API – Features 连接 ").Append($"<span class=\"code\">{Esc(OgcLinks.Root(http))}</span>")
            .Append("</footer></main></body></html>\n");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(page.ToString(), http.RequestAborted);
    }
}
