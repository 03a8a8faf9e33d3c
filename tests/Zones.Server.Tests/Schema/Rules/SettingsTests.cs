using static Zones.Server.Tests.Schema.Rules.RulesDatabase;

namespace Zones.Server.Tests.Schema.Rules;

/// <summary>Analysis settings per township: checked as a whole, stored as the override object, audited.</summary>
[Collection(RulesDatabase.Collection)]
public class SettingsTests(RulesDatabase db)
{
    const string Settings = "settings { analysis { toiletRadiusM collectionRadiusM binSpacingM { roadClass meters } } analysisOverrides }";

    [Fact]
    public async Task Settings_with_an_unknown_name_or_a_value_out_of_range_are_refused_naming_the_key_and_the_valid_ones()
    {
        var input = new { townshipCode = db.Demo, settings = new Dictionary<string, object> { ["toiletRadiusM"] = 9000, ["toiletRadius"] = 500 } };
        var errors = Errors(await db.MutateAsync("updateAnalysisSettings", input, Settings, db.Admin), "InvalidInputError");
        Assert.Equal(["toiletRadiusM", "toiletRadius"], errors.Select(e => e.GetProperty("path")[2].GetString()));
        Assert.Contains("1–5000", errors[0].GetProperty("message").GetString());
        Assert.Contains("collectionRadiusM", errors[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Valid_settings_are_in_force_at_once_and_the_audit_log_keeps_the_old_and_the_new()
    {
        var input = new { townshipCode = db.Demo, settings = new { toiletRadiusM = 500, binSpacingM = new { village = 300 } } };
        var settings = Ok(await db.MutateAsync("updateAnalysisSettings", input, Settings, db.Admin), "settings");
        Assert.Equal(500, settings.GetProperty("analysis").GetProperty("toiletRadiusM").GetDouble());
        Assert.Equal(120, settings.GetProperty("analysis").GetProperty("collectionRadiusM").GetDouble());
        Assert.Contains(settings.GetProperty("analysis").GetProperty("binSpacingM").EnumerateArray(), b => b.GetProperty("roadClass").GetString() == "village" && b.GetProperty("meters").GetDouble() == 300);
        var read = (await db.QueryAsync($"{{ township(code: \"{db.Demo}\") {{ {Settings} }} }}", null)).GetProperty("township").GetProperty("settings");
        Assert.Equal(500, read.GetProperty("analysisOverrides").GetProperty("toiletRadiusM").GetDouble());
        Ok(await db.MutateAsync("updateAnalysisSettings", new { townshipCode = db.Demo, settings = new { } }, Settings, db.Admin), "settings");
        Assert.Equal("500 → ", await db.ScalarAsync<string>(
            $"SELECT concat(before #>> '{{settings,analysis,toiletRadiusM}}', ' → ', after #>> '{{settings,analysis,toiletRadiusM}}') FROM zones.audit_log WHERE table_name = 'township' AND row_key = '{db.Demo}' ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task A_settings_object_written_inline_in_the_document_is_read_like_a_variable()
    {
        var data = await db.QueryAsync($$$"""mutation { updateAnalysisSettings(input: {townshipCode: "{{{db.Demo}}}", settings: {repeatRadiusM: 80, denseLightClasses: ["arterial", "secondary"]}}) { settings { analysis { repeatRadiusM denseLightClasses } } errors { __typename } } }""", db.Admin);
        var analysis = Ok(data.GetProperty("updateAnalysisSettings"), "settings").GetProperty("analysis");
        Assert.Equal(80, analysis.GetProperty("repeatRadiusM").GetDouble());
        Assert.Equal(2, analysis.GetProperty("denseLightClasses").GetArrayLength());
    }

    [Fact]
    public async Task A_planner_may_not_change_settings()
    {
        var input = new { townshipCode = db.Demo, settings = new { toiletRadiusM = 400 } };
        Errors(await db.MutateAsync("updateAnalysisSettings", input, Settings, db.Planner), "ForbiddenError");
    }

    // Issue #12 §3: lightGapEnds, a choice of three, defaulting to through_junction.
    [Fact]
    public async Task LightGapEnds_takes_one_of_its_three_values_and_an_unknown_one_is_refused_in_Chinese_naming_them()
    {
        const string Ends = "settings { analysis { lightGapEnds } }";
        var bad = new { townshipCode = db.Demo, settings = new { lightGapEnds = "at_lamps" } };
        var error = Assert.Single(Errors(await db.MutateAsync("updateAnalysisSettings", bad, Ends, db.Admin), "InvalidInputError"));
        Assert.StartsWith("“lightGapEnds”必须是以下之一：through_junction、segment_end、between_lights", error.GetProperty("message").GetString());
        var good = new { townshipCode = db.Demo, settings = new { lightGapEnds = "segment_end" } };
        Assert.Equal("SEGMENT_END", Ok(await db.MutateAsync("updateAnalysisSettings", good, Ends, db.Admin), "settings")
            .GetProperty("analysis").GetProperty("lightGapEnds").GetString());
        var reset = Ok(await db.MutateAsync("updateAnalysisSettings", new { townshipCode = db.Demo, settings = new { } }, Ends, db.Admin), "settings");
        Assert.Equal("THROUGH_JUNCTION", reset.GetProperty("analysis").GetProperty("lightGapEnds").GetString());
    }
}
