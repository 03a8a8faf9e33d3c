using System.Text.Json;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Http.Admin;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Admin.AdminWorld;

namespace Zones.Server.Tests.Http.MapLayers;

/// <summary>External map layers kept per user (issue #13 §2): saved as a list, read back in order, never another user's.</summary>
public class MapLayerTests(MapLayerWorld w) : IClassFixture<MapLayerWorld>
{
    const string Selection = "layers { title kind url layer matrixSet opacity visible position }";
    const string Read = "{ myMapLayers { title kind url layer matrixSet opacity visible position } }";

    static object Xyz(string title, string url = "https://tiles.example.com/{z}/{x}/{y}.png") => new { title, kind = "XYZ", url };

    static readonly object Tianditu = new
    {
        title = "天地图影像", kind = "WMTS", url = "https://t0.tianditu.gov.cn/img_w/wmts?request=GetCapabilities&service=wmts&tk=abc",
        layer = "img", matrixSet = "w", format = "tiles", opacity = 0.6,
    };

    Task<JsonElement> SaveAsync(string? who, params object[] layers) => w.MutateAsync(who, "saveMapLayers", new { layers }, Selection);

    async Task<JsonElement> MineAsync(string who) => (await w.QueryAsync(who, Read)).GetProperty("data").GetProperty("myMapLayers");

    [Fact]
    public async Task A_user_saves_layers_and_reads_them_back_in_drawing_order()
    {
        Assert.Empty(Errors(await SaveAsync("planner", Xyz("底图"), Tianditu)));
        var mine = await MineAsync("planner");
        Assert.Equal(["底图", "天地图影像"], mine.EnumerateArray().Select(l => l.GetProperty("title").GetString()));
        Assert.Equal("w", mine[1].GetProperty("matrixSet").GetString());
        Assert.Equal(0.6, mine[1].GetProperty("opacity").GetDouble());
        Assert.Equal(1, mine[1].GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task Saving_replaces_the_list_and_an_empty_list_removes_every_layer()
    {
        await SaveAsync("cadre", Xyz("甲"), Xyz("乙"));
        await SaveAsync("cadre", Xyz("乙"));
        Assert.Equal(["乙"], (await MineAsync("cadre")).EnumerateArray().Select(l => l.GetProperty("title").GetString()));
        await SaveAsync("cadre");
        Assert.Equal(0, (await MineAsync("cadre")).GetArrayLength());
    }

    [Fact]
    public async Task A_user_never_sees_another_users_layers()
    {
        await SaveAsync("admin", Xyz("管理员的图层"));
        Assert.DoesNotContain("管理员的图层", (await MineAsync(SecondTownship.User("viewer"))).ToString());
    }

    [Fact]
    public async Task Anonymous_callers_and_api_keys_cannot_save_layers()
    {
        Assert.Equal(["ForbiddenError"], Errors(await SaveAsync(null, Xyz("匿名"))));
        Assert.Equal(["ForbiddenError"], Errors(await SaveAsync("key:" + DemoAccounts.HotlineKey, Xyz("热线"))));
        Assert.Contains("请先登录", (await w.QueryAsync(null, Read)).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("javascript:alert(1)", "http:// 或 https://")]
    [InlineData("https://tiles.example.com/tile.png", "{z}")]
    [InlineData("ftp://tiles.example.com/{z}/{x}/{y}.png", "http:// 或 https://")]
    public async Task A_bad_address_is_refused_saying_which_layer_and_how_to_fix_it(string url, string hint)
    {
        var payload = await SaveAsync("viewer", Xyz("好图层"), Xyz("坏图层", url));
        Assert.Equal(["InvalidInputError"], Errors(payload));
        Assert.Contains("第 2 个图层“坏图层”", Message(payload));
        Assert.Contains(hint, Message(payload));
    }

    [Fact]
    public async Task An_address_longer_than_2_KB_and_a_WMTS_layer_without_a_matrix_set_are_refused()
    {
        Assert.Contains("2 KB", Message(await SaveAsync("viewer", Xyz("长", "https://a.example.com/{z}/{x}/{y}?k=" + new string('a', 2100)))));
        Assert.Contains("matrixSet", Message(await SaveAsync("viewer", new { title = "缺", kind = "WMTS", url = "https://a.example.com/wmts", layer = "img" })));
    }

    [Fact]
    public async Task A_users_layers_are_deleted_with_the_user()
    {
        var user = SecondTownship.User("planner");
        await SaveAsync(user, Xyz("随用户删除"));
        await w.DataSource.ExecAsync("DELETE FROM zones.app_session WHERE user_id = (SELECT id FROM zones.app_user WHERE username = $1)", user);
        await w.DataSource.ExecAsync("DELETE FROM zones.app_user WHERE username = $1", user);
        Assert.Equal(0L, await w.ScalarAsync<long>("SELECT count(*) FROM zones.user_map_layer WHERE title = '随用户删除'"));
    }
}

/// <summary>The world of <see cref="MapLayerTests"/>: a database of its own (it deletes a user).</summary>
public sealed class MapLayerWorld() : AdminWorld("_map_layers");
