using System.Text.RegularExpressions;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// Checks of a report that need no database: coordinates, description, source, urgency, phone,
/// lengths. All problems are returned together so a clerk fixes the form once.
/// </summary>
static partial class ComplaintInputRules
{
    public const int MaxDescription = 4000;
    const int MaxShortText = 200;

    // Mobile 1[3-9]xxxxxxxxx, landline 0xx(x)xxxxxxx(x), or a short service number (12345, 95xxx);
    // separators and a +86 prefix are ignored. The stored form must also pass the table's CHECK.
    [GeneratedRegex(@"^(1[3-9][0-9]{9}|0[0-9]{9,11}|[0-9]{5,8})$")]
    private static partial Regex PhoneDigits();

    [GeneratedRegex(@"^[0-9+() -]{5,24}$")]
    private static partial Regex PhoneChars();

    public static List<UserError> Check(ReportComplaintInput input, DateTimeOffset now)
    {
        var errors = new List<UserError>();
        void Add(string field, string message) => errors.Add(new InvalidInputError(message, field));

        if (!double.IsFinite(input.Lon) || !double.IsFinite(input.Lat) || Math.Abs(input.Lon) > 180 || Math.Abs(input.Lat) > 90)
            Add("location", $"坐标无效（经度 {input.Lon}，纬度 {input.Lat}）。The point ({input.Lon}, {input.Lat}) is not a WGS84 lon/lat.");
        if (string.IsNullOrWhiteSpace(input.Description))
            Add("description", "请填写问题描述。A description is required.");
        else if (input.Description.Length > MaxDescription)
            Add("description", $"问题描述最多 {MaxDescription} 字（现有 {input.Description.Length} 字）。" +
                               $"The description may hold at most {MaxDescription} characters (it has {input.Description.Length}).");
        if (!Sources.All.Contains(input.Source))
            Add("source", $"来源“{input.Source}”无效，可选：{string.Join(", ", Sources.All)}。Unknown source '{input.Source}'.");
        if (input.Urgency is not ("normal" or "urgent"))
            Add("urgency", $"紧急程度“{input.Urgency}”无效，可选：normal, urgent。Unknown urgency '{input.Urgency}'.");
        if (input.ReporterPhone is { } phone && !IsPhone(phone))
            Add("reporterPhone", $"电话号码“{phone}”格式不正确（手机 11 位或带区号的座机）。" +
                                 $"The phone number '{phone}' is malformed (an 11-digit mobile or a landline with area code).");
        if (input.ReportedAt is { } at && at > now.AddMinutes(5))
            Add("reportedAt", $"受理时间不能晚于现在。The report time {at:O} lies in the future.");
        foreach (var (field, value) in new[] { ("address", input.Address), ("reporterName", input.ReporterName),
                                               ("externalId", input.ExternalId), ("reporterEmail", input.ReporterEmail),
                                               ("mediaUrl", input.MediaUrl) })
            if (value is { Length: > MaxShortText })
                Add(field, $"{field} 最多 {MaxShortText} 字。{field} may hold at most {MaxShortText} characters.");
        if (input.MediaUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            Add("mediaUrl", $"图片地址必须是 http(s) 链接。The media URL '{url}' is not an http(s) URL.");
        return errors;
    }

    public static bool IsPhone(string phone)
    {
        if (!PhoneChars().IsMatch(phone.Trim()))
            return false;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (phone.TrimStart().StartsWith('+') || digits.StartsWith("0086"))
            digits = digits.StartsWith("0086") ? digits[4..] : digits.StartsWith("86") ? digits[2..] : "";
        return PhoneDigits().IsMatch(digits);
    }
}
