using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Schema;

/// <summary>
/// 恢复默认 of the 并案设置 screen: <c>updateComplaintFoldSettings(useDefaults: true)</c> drops the township's own
/// settings, so the shipped defaults apply again (and a later change of them reaches the township).
/// </summary>
[Collection(PostgisCollection.Name)]
public class FoldSettingsDefaultsTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    static readonly Actor Admin = new("admin", Roles.Admin, Scope: ActorScope.Township(Township));

    async Task<string> UpdateAsync(string fields)
    {
        await using var app = new ZonesApplication(pg.ConnectionString);
        var result = await app.ExecuteAsync($$"""
            mutation { updateComplaintFoldSettings(input: {townshipCode: "{{Township}}", {{fields}}}) {
              settings { componentRadiusM eventRadiusM windowDays enabled customised } errors { __typename } } }
            """, null, Admin);
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data").GetProperty("updateComplaintFoldSettings").GetRawText();
    }

    [Fact]
    public async Task Use_defaults_drops_the_townships_own_settings_and_answers_the_defaults()
    {
        Assert.Contains("\"customised\":true", await UpdateAsync("componentRadiusM: 80, enabled: false"));
        var reset = await UpdateAsync("useDefaults: true, componentRadiusM: 99");
        Assert.Equal("""{"settings":{"componentRadiusM":50,"eventRadiusM":250,"windowDays":7,"enabled":true,"customised":false},"errors":[]}""", reset);
        Assert.Equal(0L, await Kit.ScalarAsync<long>($"SELECT count(*) FROM zones.complaint_fold_setting WHERE township_code = '{Township}'"));
    }

    [Fact]
    public async Task Use_defaults_on_a_township_with_no_settings_of_its_own_changes_nothing()
    {
        Assert.Contains("\"customised\":false", await UpdateAsync("useDefaults: true"));
    }
}
