using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Rules;

/// <summary><c>/health</c> warns an admin of the townships whose calendar does not cover the next 60 days, and stays healthy.</summary>
[Collection(RulesDatabase.Collection)]
public class CalendarHealthTests(RulesDatabase db)
{
    [Fact]
    public async Task Health_lists_a_township_without_next_years_holidays_for_an_admin_and_stays_200()
    {
        // A public township with no rows of its own: the shipped national rows end with 2026, and no test adds national 2027 rows.
        await db.ScalarAsync<int>("INSERT INTO zones.township (division_code, county_code, name, is_public) VALUES ('330522998000', '330522', '无日历镇', true) ON CONFLICT DO NOTHING RETURNING 1");
        var admin = await new SignedInClients(db.App).ForAsync("admin");
        using var response = await admin.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var health = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var listed = health.GetProperty("calendarNotCovered").EnumerateArray().Single(t => t.GetProperty("township").GetString() == "330522998000");
        Assert.Contains("节假日", listed.GetProperty("message").GetString());
    }
}
