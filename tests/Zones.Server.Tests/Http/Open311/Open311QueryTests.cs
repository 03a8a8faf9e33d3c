using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Zones.Server.Data.Complaints;
using Zones.Server.Http.Open311;

namespace Zones.Server.Tests.Http.Open311;

/// <summary>The GeoReport v2 filters of GET /requests, without a server.</summary>
public class Open311QueryTests
{
    static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-20T17:00:00+08:00");

    static ComplaintQuery Parse(string query) => Open311Query.Parse(new QueryCollection(QueryHelpers.ParseQuery(query)), Now).Query!;

    [Fact]
    public void Without_dates_the_last_90_days_and_the_first_1000_requests_are_listed()
    {
        var q = Parse("");
        Assert.Equal((Now.AddDays(-90), Now, 1000, 0), (q.From, q.To, q.Limit, q.Offset));
    }

    [Fact]
    public void A_start_date_alone_opens_a_90_day_window() =>
        Assert.Equal(DateTimeOffset.Parse("2026-04-01T00:00:00Z"), Parse("?start_date=2026-01-01T00:00:00Z").To);

    [Fact]
    public void A_date_without_an_offset_is_China_time() =>
        Assert.Equal(DateTimeOffset.Parse("2026-11-01T00:00:00+08:00"), Parse("?start_date=2026-11-01T00:00:00").From);

    [Fact]
    public void A_list_of_request_ids_overrides_the_other_filters()
    {
        var q = Parse("?service_request_id=E0102202611200001, C0305202611200002&status=closed");
        Assert.Equal(["E0102202611200001", "C0305202611200002"], q.PublicIds!);
        Assert.Equal((null, null), (q.From, q.Finished));
    }

    [Fact]
    public void Page_and_page_size_become_limit_and_offset_with_1000_at_most()
    {
        var q = Parse("?page=3&page_size=5000");
        Assert.Equal((1000, 2000), (q.Limit, q.Offset));
    }

    [Theory]
    [InlineData("?status=open", false)]
    [InlineData("?status=closed", true)]
    [InlineData("?status=open,closed", null)]
    public void Status_open_or_closed_filters_finished_cases(string query, bool? finished) =>
        Assert.Equal(finished, Parse(query).Finished);
}
