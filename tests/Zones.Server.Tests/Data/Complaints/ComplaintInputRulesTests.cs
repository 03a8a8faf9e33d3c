using Zones.Server.Data;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Tests.Data.Complaints;

/// <summary>Checks of a report that need no database.</summary>
public class ComplaintInputRulesTests
{
    static readonly DateTimeOffset Now = ComplaintKit.Friday1700;

    static IEnumerable<string> FieldsWithErrors(ReportComplaintInput input) =>
        ComplaintInputRules.Check(input, Now).Select(e => e.Field!);

    [Fact]
    public void A_complete_report_passes() =>
        Assert.Empty(FieldsWithErrors(ComplaintKit.Report()));

    [Fact]
    public void A_description_over_4000_characters_is_refused_with_its_length()
    {
        var error = Assert.Single(ComplaintInputRules.Check(ComplaintKit.Report(description: new string('脏', 4001)), Now));
        Assert.Equal(("INVALID_INPUT", "description"), (error.Code, error.Field!));
        Assert.Contains("4001", error.Message);
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("0571-87654321")]
    [InlineData("12345")]
    public void Mobile_landline_and_service_numbers_are_phones(string phone) =>
        Assert.True(ComplaintInputRules.IsPhone(phone));

    [Theory]
    [InlineData("1380013800")]
    [InlineData("23800138000")]
    [InlineData("call me")]
    [InlineData("1234")]
    public void Malformed_phone_numbers_are_refused(string phone) =>
        Assert.Equal(["reporterPhone"], FieldsWithErrors(ComplaintKit.Report() with { ReporterPhone = phone }));

    [Fact]
    public void Every_problem_is_reported_at_once() =>
        Assert.Equal(["location", "description", "source", "urgency"], FieldsWithErrors(
            ComplaintKit.Report(lon: 200, description: "") with { Source = "fax", Urgency = "asap" }));

    [Fact]
    public void A_report_time_in_the_future_is_refused() =>
        Assert.Equal(["reportedAt"], FieldsWithErrors(ComplaintKit.Report() with { ReportedAt = Now.AddHours(1) }));

    [Fact]
    public void Messages_are_Chinese_first_then_English() =>
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}.*[A-Za-z]", ComplaintInputRules.Check(ComplaintKit.Report(description: ""), Now)[0].Message);

    [Fact]
    public void A_media_url_must_be_http() =>
        Assert.Equal(["mediaUrl"], FieldsWithErrors(ComplaintKit.Report() with { MediaUrl = "file:///etc/passwd" }));

    [Fact]
    public void A_hotline_report_forwarded_later_keeps_its_own_time() =>
        Assert.Empty(FieldsWithErrors(ComplaintKit.Report() with { ReportedAt = Now.AddDays(-1) }));
}
