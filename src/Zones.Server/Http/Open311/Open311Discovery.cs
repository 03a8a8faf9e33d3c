using System.Text.Json;
using System.Xml;

namespace Zones.Server.Http.Open311;

/// <summary>
/// The Open311 service discovery document (<c>/open311/discovery.json</c> or <c>.xml</c>): where the
/// GeoReport v2 endpoint is, in which formats, since when it is unchanged, whom to ask and how to get
/// an api_key. Spec: https://wiki.open311.org/Service_Discovery. The contact and key texts come from
/// <c>Zones:Open311:Contact</c> and <c>Zones:Open311:KeyService</c>.
/// </summary>
static class Open311Discovery
{
    /// <summary>The last change of the endpoint's behaviour a client could notice (issue #14: jurisdictions, public ids, media, address_string).</summary>
    public static readonly DateTimeOffset Changeset = new(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(8));

    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    static readonly string[] Formats = ["text/xml", "application/json"];

    const string DefaultContact = "请联系本县（乡镇）双创办 / 城管办。Ask the county's or township's sanitation campaign office.";
    const string DefaultKeyService = "api_key 由系统管理员在“账户”中创建（热线角色）。An admin creates the api_key (role hotline) under accounts.";

    public static IResult Document(HttpContext http, string? format, IConfiguration config)
    {
        if (Open311Result.FormatOf(format) is not { } f)
            return Open311Result.UnsupportedFormat(format);
        var contact = config["Zones:Open311:Contact"] is { Length: > 0 } c ? c : DefaultContact;
        var keys = config["Zones:Open311:KeyService"] is { Length: > 0 } k ? k : DefaultKeyService;
        var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Open311Endpoint.Root}";
        var changeset = Changeset.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        return new Open311Result(f, json => Json(json, changeset, contact, keys, url), xml => Xml(xml, changeset, contact, keys, url));
    }

    static void Json(Utf8JsonWriter json, string changeset, string contact, string keys, string url)
    {
        json.WriteStartObject();
        json.WriteString("changeset", changeset);
        json.WriteString("contact", contact);
        json.WriteString("key_service", keys);
        json.WriteStartArray("endpoints");
        json.WriteStartObject();
        json.WriteString("specification", Specification);
        json.WriteString("url", url);
        json.WriteString("changeset", changeset);
        json.WriteString("type", "production");
        json.WriteStartArray("formats");
        foreach (var f in Formats)
            json.WriteStringValue(f);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void Xml(XmlWriter xml, string changeset, string contact, string keys, string url)
    {
        xml.WriteStartElement("discovery");
        xml.WriteElementString("changeset", changeset);
        xml.WriteElementString("contact", contact);
        xml.WriteElementString("key_service", keys);
        xml.WriteStartElement("endpoints");
        xml.WriteStartElement("endpoint");
        xml.WriteElementString("specification", Specification);
        xml.WriteElementString("url", url);
        xml.WriteElementString("changeset", changeset);
        xml.WriteElementString("type", "production");
        xml.WriteStartElement("formats");
        foreach (var f in Formats)
            xml.WriteElementString("format", f);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
