using System.Text;
using System.Text.Json;
using System.Xml;
using Zones.Server.Http.Open311;

namespace Zones.Server.Http;

/// <summary>
/// The one writer of error answers for every HTTP endpoint but GraphQL (which answers in the
/// GraphQL-over-HTTP <c>{"errors": [...]}</c> shape). The body is the OGC API – Features exception,
/// <c>{"code": "UPPER_SNAKE", "description": "中文… English…"}</c> as <c>application/json</c>: QGIS
/// and GDAL read it from <c>/ogc</c>, the map client reads <c>description</c>, and one shape means
/// a client handles an error the same way whichever endpoint answered. (Not RFC 9457
/// <c>application/problem+json</c>: its <c>title</c>/<c>detail</c> members would duplicate these
/// and no client of ours reads them.)
/// <para>
/// Under <see cref="Open311Endpoint.Prefix"/> GeoReport v2 prescribes its own error list, so the same
/// error is rendered as <c>[{"code": 404, "description": "…"}]</c> (JSON; code = the HTTP status) or
/// <c>&lt;errors&gt;&lt;error&gt;&lt;code&gt;…</c> when the path ends in <c>.xml</c>. That includes the
/// answers written before an endpoint runs (a refused query string, the database down, a fault).
/// </para>
/// </summary>
static class HttpErrors
{
    public const string JsonType = "application/json; charset=utf-8";
    const string XmlType = "text/xml; charset=utf-8";

    /// <summary>Writes the error answer: <paramref name="status"/>, and the body in the shape the path's API prescribes.</summary>
    public static async Task WriteAsync(HttpContext http, int status, string code, string description)
    {
        http.Response.StatusCode = status;
        var (type, body) = http.Request.Path.StartsWithSegments(Open311Endpoint.Prefix)
            ? Open311(http.Request.Path, status, description)
            : (JsonType, JsonSerializer.SerializeToUtf8Bytes(new { code, description }, JsonEncoding.Options));
        http.Response.ContentType = type;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>The same answer for endpoints that return an <see cref="IResult"/>.</summary>
    public static IResult Result(int status, string code, string description) => new ErrorResult(status, code, description);

    sealed record ErrorResult(int Status, string Code, string Description) : IResult
    {
        public Task ExecuteAsync(HttpContext http) => WriteAsync(http, Status, Code, Description);
    }

    // GeoReport v2 errors: XML when the last segment ends in .xml (services.xml, E0102.xml), else JSON.
    static (string Type, byte[] Body) Open311(PathString path, int status, string description)
    {
        if (!(path.Value ?? "").EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            return (JsonType, JsonSerializer.SerializeToUtf8Bytes(new[] { new { code = status, description } }, JsonEncoding.Options));
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("errors");
            xml.WriteStartElement("error");
            xml.WriteElementString("code", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // A character XML cannot hold (a control character echoed from the path) would fail the writer.
            xml.WriteElementString("description", string.Concat(description.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return (XmlType, buffer.ToArray());
    }
}
