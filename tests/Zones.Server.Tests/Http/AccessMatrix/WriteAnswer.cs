using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>How a write came out.</summary>
public enum Outcome
{
    /// <summary>Done (or, on a dry run, checked clean): no error at all.</summary>
    Allowed,
    /// <summary>A ForbiddenError, an import problem FORBIDDEN, or an HTTP 401 / 403.</summary>
    Refused,
    /// <summary>Anything else: the inputs are meant to be valid, so this is a wrong cell too.</summary>
    Other,
}

/// <summary>A write's outcome and the body it came with.</summary>
public sealed record WriteAnswer(Outcome Outcome, string Body)
{
    /// <summary>Runs <c>mutation($input) { field(input: $input) { selection errors { … } } }</c> and judges the payload.</summary>
    public static async Task<WriteAnswer> MutationAsync(HttpClient client, string field, object input, string selection)
    {
        var type = char.ToUpperInvariant(field[0]) + field[1..];
        var query = $"mutation($input: {type}Input!) {{ {field}(input: $input) {{ {selection} errors {{ __typename ... on UserError {{ message }} }} }} }}";
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables = new { input } });
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            return new(Outcome.Refused, body);
        var root = JsonDocument.Parse(body).RootElement;
        if (root.TryGetProperty("errors", out _) || root.GetProperty("data").ValueKind != JsonValueKind.Object)
            return new(Outcome.Other, body);
        return new(Judge(root.GetProperty("data").GetProperty(field)), body);
    }

    static Outcome Judge(JsonElement payload)
    {
        var errors = payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()).ToList();
        if (errors.Contains("ForbiddenError"))
            return Outcome.Refused;
        if (errors.Count > 0)
            return Outcome.Other;
        return payload.TryGetProperty("report", out var report) ? JudgeReport(report) : Outcome.Allowed;
    }

    /// <summary>An import report: refused when it says FORBIDDEN, allowed when it succeeded.</summary>
    static Outcome JudgeReport(JsonElement report)
    {
        if (report.GetProperty("problems").EnumerateArray().Any(p => p.GetProperty("code").GetString() == "FORBIDDEN"))
            return Outcome.Refused;
        return report.GetProperty("succeeded").GetBoolean() ? Outcome.Allowed : Outcome.Other;
    }

    /// <summary>POSTs <c>(township, csv)</c> raw to <c>/import/assets</c>, as the import wizard does, and judges the report.</summary>
    public static async Task<WriteAnswer> ImportPostAsync(HttpClient client, object input)
    {
        var (township, csv) = ((string, string))input;
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        using var response = await client.PostAsync($"/import/assets?township={township}", content);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            return new(Outcome.Refused, body);
        return new(response.StatusCode == HttpStatusCode.OK ? JudgeReport(JsonDocument.Parse(body).RootElement) : Outcome.Other, body);
    }

    /// <summary>
    /// POSTs the form to Open311 with the client's credentials (a hotline key in <c>X-Api-Key</c>). A 404 is the
    /// GeoReport answer to a jurisdiction_id the key may not read: a refusal.
    /// </summary>
    public static async Task<WriteAnswer> Open311PostAsync(HttpClient client, object form)
    {
        using var response = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent((Dictionary<string, string>)form));
        var body = await response.Content.ReadAsStringAsync();
        return new(response.StatusCode switch
        {
            HttpStatusCode.OK or HttpStatusCode.Created => Outcome.Allowed,
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound => Outcome.Refused,
            _ => Outcome.Other,
        }, body);
    }

    /// <summary>POSTs a small JPEG as multipart field <c>photo</c> to the case's 整改前 photos, as the map's upload does.</summary>
    public static async Task<WriteAnswer> PhotoPostAsync(HttpClient client, object caseId)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Data.Photos.TestImages.Jpeg(60, 40)), "photo", "matrix.jpg" } };
        using var response = await client.PostAsync($"/api/complaints/{caseId}/photos?phase=before", form);
        var body = await response.Content.ReadAsStringAsync();
        return new(response.StatusCode switch
        {
            HttpStatusCode.Created => Outcome.Allowed,
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Outcome.Refused,
            _ => Outcome.Other,
        }, body);
    }

    /// <summary>POSTs the fields to the resident report endpoint as the page does (multipart), with the client's credentials.</summary>
    public static async Task<WriteAnswer> ReportPostAsync(HttpClient client, object fields)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in (Dictionary<string, string>)fields)
            form.Add(new StringContent(value), name);
        using var response = await client.PostAsync("/api/report", form);
        var body = await response.Content.ReadAsStringAsync();
        return new(response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Allowed,
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Outcome.Refused,
            _ => Outcome.Other,
        }, body);
    }
}
