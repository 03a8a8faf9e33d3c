using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Zones.Server.Http.Open311;

/// <summary>The response formats of GeoReport v2: XML (required by the spec) and JSON.</summary>
enum Open311Format { Json, Xml }

/// <summary>One response object: its fields in the order the spec lists them.</summary>
sealed class Open311Fields : List<(string Name, object? Value)>
{
    public void Add(string name, object? value) => Add((name, value));
}

/// <summary>
/// A GeoReport v2 response in either format, built from the same field lists: JSON arrays of
/// objects, or XML <c>&lt;root&gt;&lt;item&gt;&lt;field&gt;…</c> as the spec's examples show. Times
/// are ISO 8601 in China time (+08:00); null is JSON null or an empty XML element.
/// </summary>
sealed class Open311Result(Open311Format format, Action<Utf8JsonWriter> json, Action<XmlWriter> xml) : IResult
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>The format named by a path suffix (<c>.json</c>, <c>.xml</c>; none = JSON), or null when unsupported.</summary>
    public static Open311Format? FormatOf(string? suffix) => suffix?.ToLowerInvariant() switch
    {
        null or "" or "json" => Open311Format.Json,
        "xml" => Open311Format.Xml,
        _ => null,
    };

    /// <summary>Splits <c>E0102.json</c> into (<c>E0102</c>, <c>json</c>).</summary>
    public static (string Id, string? Suffix) SplitSuffix(string segment)
    {
        var dot = segment.LastIndexOf('.');
        return dot > 0 ? (segment[..dot], segment[(dot + 1)..]) : (segment, null);
    }

    public static Open311Result List(Open311Format format, string root, string item, IEnumerable<Open311Fields> rows) =>
        new(format, json =>
        {
            json.WriteStartArray();
            foreach (var row in rows)
                WriteObject(json, row);
            json.WriteEndArray();
        }, xml =>
        {
            xml.WriteStartElement(root);
            foreach (var row in rows)
                WriteElement(xml, item, row);
            xml.WriteEndElement();
        });

    public static Open311Result Object(Open311Format format, string root, Open311Fields fields) =>
        new(format, json => WriteObject(json, fields), xml => WriteElement(xml, root, fields));

    /// <summary>
    /// A GeoReport error list (<c>[{"code": 404, "description": "…"}]</c> or <c>&lt;errors&gt;</c> by
    /// the path's suffix), written by <see cref="HttpErrors"/> like every error of the server.
    /// </summary>
    public static IResult Error(int status, string code, string description) => HttpErrors.Result(status, code, description);

    /// <summary>The 400 for a suffix other than .json / .xml (answered in JSON).</summary>
    public static IResult UnsupportedFormat(string? suffix) => Error(StatusCodes.Status400BadRequest, "UNSUPPORTED_FORMAT",
        $"不支持的格式 .{suffix}，请使用 .json 或 .xml。Format not supported: use .json or .xml.");

    public async Task ExecuteAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        if (format == Open311Format.Json)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonEncoding.Readable });
            json(writer);
        }
        else
        {
            http.Response.ContentType = "text/xml; charset=utf-8";
            await using var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true });
            writer.WriteStartDocument();
            xml(writer);
        }
        await http.Response.Body.WriteAsync(buffer.ToArray(), http.RequestAborted);
    }

    static void WriteObject(Utf8JsonWriter json, Open311Fields fields)
    {
        json.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            json.WritePropertyName(name);
            switch (value)
            {
                case null: json.WriteNullValue(); break;
                case bool b: json.WriteBooleanValue(b); break;
                case int i: json.WriteNumberValue(i); break;
                case double d: json.WriteNumberValue(d); break;
                case Array: json.WriteStartArray(); json.WriteEndArray(); break;
                default: json.WriteStringValue(Text(value)); break;
            }
        }
        json.WriteEndObject();
    }

    static void WriteElement(XmlWriter xml, string name, Open311Fields fields)
    {
        xml.WriteStartElement(name);
        foreach (var (field, value) in fields)
            xml.WriteElementString(field, value is null or Array ? "" : Text(value));
        xml.WriteEndElement();
    }

    static string Text(object value) => value switch
    {
        DateTimeOffset t => t.ToOffset(China).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
