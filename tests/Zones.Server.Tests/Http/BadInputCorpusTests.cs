using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zones.Server.Tests.Http.Corpus;

namespace Zones.Server.Tests.Http;

/// <summary>
/// Bad input gets a 4xx or a typed error that says what to fix — never a 5xx, never "Internal
/// server error", never a stack trace — and writes nothing (issue #10 §6). The cases are data
/// (<see cref="BadInputCorpus"/>); each is sent through the real HTTP pipeline to real PostGIS.
/// </summary>
public class BadInputCorpusTests(CorpusServer server) : IClassFixture<CorpusServer>
{
    public static TheoryData<string> Cases() => [.. BadInputCorpus.All.Keys];

    [Fact]
    public void The_corpus_has_at_least_300_cases() => Assert.True(BadInputCorpus.All.Count >= 300, $"{BadInputCorpus.All.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_with_a_message_and_writes_nothing(string name)
    {
        var c = BadInputCorpus.All[name];
        var before = await server.CountsAsync();
        var (status, body) = await SendAsync(c);
        Assert.True(status < 500, $"{name}: HTTP {status}: {Cut(body)}");
        Assert.DoesNotContain("Internal server error", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body);
        Assert.True(Refused(c.Expect, status, body), $"{name}: expected {c.Expect}, got HTTP {status}: {Cut(body)}");
        Assert.Equal(before, await server.CountsAsync());
    }

    async Task<(int Status, string Body)> SendAsync(BadInput c)
    {
        var client = c.Admin ? server.Admin : server.Anonymous;
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), BadInput.Fill(c.Path, server.Placeholders));
        if (c.Body is not null && c.Method != "GET")
        {
            request.Content = new ByteArrayContent(Filled(c.Body));
            if (c.ContentType is not null)
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType);
        }
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // Placeholders are filled in bodies that are valid UTF-8; the others are sent byte for byte.
    byte[] Filled(byte[] body)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(body);
            return text.Contains('{') ? Encoding.UTF8.GetBytes(BadInput.Fill(text, server.Placeholders)) : body;
        }
        catch (DecoderFallbackException)
        {
            return body;
        }
    }

    /// <summary>True when the answer is the refusal the case expects, with a message a person can read.</summary>
    static bool Refused(string expect, int status, string body)
    {
        var messages = Messages(body);
        if (messages.Count == 0 || messages.Any(m => m.Trim().Length < 5))
            return false;
        return expect switch
        {
            "4xx" => status is >= 400 and < 500,
            "error" => status is 200 or (>= 400 and < 500) && HasErrors(body),
            "rejected" => status is 200 or (>= 400 and < 500) && (HasErrors(body) || body.Contains("\"succeeded\":false", StringComparison.Ordinal)),
            var code => body.Contains($"\"code\":\"{code}\"", StringComparison.Ordinal),
        };
    }

    static bool HasErrors(string body) => body.Contains("\"errors\":[{", StringComparison.Ordinal);

    /// <summary>Every message, description or detail in a JSON body (or the text of an XML or plain one).</summary>
    static List<string> Messages(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var found = new List<string>();
            Collect(doc.RootElement, found);
            return found;
        }
        catch (JsonException)
        {
            return body.Length > 0 && !body.TrimStart().StartsWith('<') ? [body] : XmlDescriptions(body);
        }
    }

    static void Collect(JsonElement e, List<string> found)
    {
        if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray())
                Collect(item, found);
        if (e.ValueKind != JsonValueKind.Object)
            return;
        foreach (var p in e.EnumerateObject())
            if (p.Name is "message" or "description" or "detail" && p.Value.ValueKind == JsonValueKind.String)
                found.Add(p.Value.GetString()!);
            else
                Collect(p.Value, found);
    }

    static List<string> XmlDescriptions(string body) =>
        [.. System.Text.RegularExpressions.Regex.Matches(body, "<description>([^<]+)</description>").Select(m => m.Groups[1].Value)];

    static string Cut(string body) => body.Length > 600 ? body[..600] + "…" : body;
}
