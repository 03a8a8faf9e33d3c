using System.Globalization;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Http.Report;

/// <summary>
/// The text fields of a resident's report as sent by the page (src/Zones.Map/src/report): the category's
/// service code, the point and the datum it is in, what is wrong, and the optional name and phone.
/// </summary>
/// <param name="Gcj02">The point is GCJ-02 (the phone's position, see <see cref="Read"/>); else WGS84 (a tap on the map, a photo's EXIF).</param>
public sealed record ReportFields(string Kind, string Code, double? Lon, double? Lat, bool Gcj02, string Description,
                                  string? Name, string? Phone, string? Address)
{
    /// <summary>The fields of <paramref name="form"/>, or every problem with them (the checks that need no database).</summary>
    /// <remarks>
    /// <c>crs</c> is <c>GCJ02</c> or <c>WGS84</c>; the page sends the browser's position in the datum of
    /// <see cref="MapOptions.PhonePositionCrs"/> (GCJ02 by default, see there why) and a tap on its map in WGS84. The rules of a report (phone form, lengths) are
    /// intake's (ComplaintInputRules); they come back from it with their fields.
    /// </remarks>
    public static (ReportFields? Fields, List<FieldProblem> Problems) Read(IFormCollection form)
    {
        string? T(string name) => form[name].ToString() is { Length: > 0 } s && s.Trim() is { Length: > 0 } t ? t : null;
        var problems = new List<FieldProblem>();
        var category = ComplaintCategory.ParseServiceCode(T("category"));
        if (category is null)
            problems.Add(new("category", T("category") is null ? "请选择问题类型。Choose what kind of problem it is."
                                                               : $"问题类型“{T("category")}”无效，请重新选择。Unknown category '{T("category")}'."));
        var (lon, lat) = (Number(T("lon")), Number(T("lat")));
        if ((T("lon"), T("lat")) is not (null, null) && (lon is null || lat is null))
            problems.Add(new("location", "位置坐标无效，请重新定位或在地图上点选。The location is not a longitude/latitude pair."));
        var crs = T("crs")?.ToUpperInvariant() ?? "WGS84";
        if (crs is not ("WGS84" or "GCJ02"))
            problems.Add(new("location", $"坐标系“{crs}”无效，只接受 WGS84 或 GCJ02。The crs must be WGS84 or GCJ02."));
        if (T("description") is null)
            problems.Add(new("description", "请简单说说是什么问题，例如：垃圾桶满了，两天没人清理。Describe the problem in a few words."));
        if (category is not var (kind, code) || problems.Count > 0)
            return (null, problems);
        return (new ReportFields(kind, code, lon, lat, crs == "GCJ02", T("description")!, T("name"), T("phone"), T("address")), problems);
    }

    static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    /// <summary>The phone's digits as one subject of the rate limit (a +86 or 0086 prefix dropped), or null.</summary>
    public string? PhoneKey => Phone is null ? null : Digits(Phone) is { Length: > 0 } d ? d : null;

    /// <summary>The digits of a phone number without a +86 / 0086 country prefix: 138 1234 5678 → 13812345678.</summary>
    public static string Digits(string phone)
    {
        var d = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return d.StartsWith("0086", StringComparison.Ordinal) ? d[4..] : d.Length == 13 && d.StartsWith("86", StringComparison.Ordinal) ? d[2..] : d;
    }

    /// <summary>Intake's field names → the page's.</summary>
    public static string PageField(string? intakeField) => intakeField switch
    {
        "reporterPhone" => "phone",
        "reporterName" => "name",
        "categoryCode" or "categoryKind" => "category",
        "description" => "description",
        "address" => "address",
        "location" => "location",
        _ => "form",
    };
}
