using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Admin.AdminWorld;

namespace Zones.Server.Tests.Http.Admin;

/// <summary>Townships created, changed and retired through GraphQL, by those whose scope allows it (issue #11 §1).</summary>
public class TownshipAdminTests(TownshipAdminWorld w) : IClassFixture<TownshipAdminWorld>
{
    const string Selection = "township { code name countyCode countyName isPublic retiredAt }";

    Task<System.Text.Json.JsonElement> CreateAsync(string? who, string code, string name = "新建镇", string? countyName = null) =>
        w.MutateAsync(who, "createTownship", new { code, name, countyName }, Selection);

    [Fact]
    public async Task The_county_admin_creates_a_township_of_the_county_and_names_the_county()
    {
        var payload = await CreateAsync(SecondTownship.CountyAdmin, "330522210000", "虹星桥镇", "长兴县");
        Assert.Empty(Errors(payload));
        var township = payload.GetProperty("township");
        Assert.Equal(("330522", "长兴县", false), (township.GetProperty("countyCode").GetString(), township.GetProperty("countyName").GetString(),
                                                  township.GetProperty("isPublic").GetBoolean()));
        Assert.Contains("330522210000", (await w.QueryAsync(SecondTownship.CountyAdmin, "{ townships { code } }")).ToString());
    }

    [Fact]
    public async Task The_county_admin_cannot_create_a_township_of_another_county()
    {
        var payload = await CreateAsync(SecondTownship.CountyAdmin, "330523100000");
        Assert.Equal(["ForbiddenError"], Errors(payload));
        Assert.Contains("330523", Message(payload));
    }

    [Fact]
    public async Task A_township_admin_cannot_create_a_township()
    {
        Assert.Equal(["ForbiddenError"], Errors(await CreateAsync(SecondTownship.User("admin"), "330522211000")));
        Assert.Equal(["ForbiddenError"], Errors(await CreateAsync(SecondTownship.User("planner"), "330522211000")));
    }

    [Theory]
    [InlineData("33052221000", "12 位")]
    [InlineData("33052221000X", "12 位")]
    [InlineData("990522210000", "省级")]
    [InlineData("330522000000", "第 7–9 位")]
    public async Task A_bad_code_is_refused_saying_what_is_wrong(string code, string says)
    {
        var payload = await CreateAsync(SecondTownship.CountyAdmin, code);
        Assert.Equal(["InvalidInputError"], Errors(payload));
        Assert.Contains(says, Message(payload));
    }

    [Fact]
    public async Task A_code_taken_is_a_duplicate()
    {
        Assert.Equal(["DuplicateError"], Errors(await CreateAsync(SecondTownship.CountyAdmin, SecondTownship.Code)));
    }

    [Fact]
    public async Task The_township_admin_renames_their_township_but_not_another()
    {
        var own = await w.MutateAsync(SecondTownship.User("admin"), "updateTownship", new { code = SecondTownship.Code, name = "西苑镇" }, Selection);
        Assert.Empty(Errors(own));
        var other = await w.MutateAsync(SecondTownship.User("admin"), "updateTownship", new { code = w.DemoCode, name = "别人的镇" }, Selection);
        Assert.Equal(["ForbiddenError"], Errors(other));
    }

    [Fact]
    public async Task A_retired_township_stays_readable_and_refuses_writes_saying_it_was_retired()
    {
        Assert.Empty(Errors(await CreateAsync(SecondTownship.CountyAdmin, "330522220000", "将撤销镇")));
        var retired = await w.MutateAsync(SecondTownship.CountyAdmin, "retireTownship", new { code = "330522220000" }, Selection);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, retired.GetProperty("township").GetProperty("retiredAt").ValueKind);
        var read = await w.QueryAsync(SecondTownship.CountyAdmin, "{ township(code: \"330522220000\") { name retiredAt } }");
        Assert.Equal("将撤销镇", read.GetProperty("data").GetProperty("township").GetProperty("name").GetString());
        var write = await w.MutateAsync(SecondTownship.CountyAdmin, "createRoad",
            new { townshipCode = "330522220000", code = "R-1", name = "撤销路", @class = "BRANCH", line = new { wkt = "LINESTRING(119.95 31.0,119.96 31.01)" } }, "road { id }");
        Assert.Equal(["ForbiddenError"], Errors(write));
        Assert.Contains("将撤销镇（330522220000）已于", Message(write));
    }

    [Fact]
    public async Task Retired_townships_are_listed_only_when_asked()
    {
        Assert.Empty(Errors(await CreateAsync(SecondTownship.CountyAdmin, "330522230000", "已撤销镇")));
        await w.MutateAsync(SecondTownship.CountyAdmin, "retireTownship", new { code = "330522230000" }, Selection);
        Assert.DoesNotContain("330522230000", (await w.QueryAsync(SecondTownship.CountyAdmin, "{ townships { code } }")).ToString());
        Assert.Contains("330522230000", (await w.QueryAsync(SecondTownship.CountyAdmin, "{ townships(includeRetired: true) { code } }")).ToString());
    }

    [Fact]
    public async Task Counties_list_the_townships_a_caller_may_read()
    {
        var anonymous = (await w.QueryAsync(null, "{ counties { code name townships { code } } }")).GetProperty("data").GetProperty("counties");
        Assert.Equal("长兴县", anonymous[0].GetProperty("name").GetString());
        Assert.DoesNotContain(SecondTownship.Code, anonymous.ToString());
        Assert.Contains(SecondTownship.Code, (await w.QueryAsync(SecondTownship.CountyAdmin, "{ counties { townships { code } } }")).ToString());
    }
}
