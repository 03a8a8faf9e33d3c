using System.Text.RegularExpressions;

namespace Zones.Server.Http;

/// <summary>One base map as <c>/map-config.json</c> sends it: layers bottom first.</summary>
sealed record BaseMap(string Id, string Name, string[] Urls, string? Attribution, int MaxZoom);

/// <summary>
/// Builds and checks the base maps of <c>/map-config.json</c> from <see cref="MapOptions"/> and the
/// older single <c>Zones:BaseMapUrl</c>. Runs once at start, so a typo stops the server with the
/// setting's name instead of showing clerks a blank map.
/// </summary>
static partial class BaseMapList
{
    public const string None = "none";

    // The WMTS KVP pattern of 天地图 on the Web Mercator set (_w / TILEMATRIXSET=w), used as
    // an XYZ template; t0–t7 spread the requests (MAP-NOTES §5.1).
    const string TiandituTemplate = "https://t{0-7}.tianditu.gov.cn/{0}_w/wmts?SERVICE=WMTS&REQUEST=GetTile" +
        "&VERSION=1.0.0&LAYER={0}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={1}";

    public static (List<BaseMap> Maps, string? Default) Build(MapOptions map, ZonesOptions zones)
    {
        var maps = new List<BaseMap>();
        if (!string.IsNullOrWhiteSpace(map.TiandituKey))
        {
            var tk = Uri.EscapeDataString(map.TiandituKey.Trim());
            maps.Add(new("tianditu-vec", "天地图矢量", [Tianditu("vec", tk), Tianditu("cva", tk)], "© 天地图", 18));
            maps.Add(new("tianditu-img", "天地图影像", [Tianditu("img", tk), Tianditu("cia", tk)], "© 天地图", 18));
        }
        for (var i = 0; i < map.BaseMaps.Count; i++)
            maps.Add(Check(map.BaseMaps[i], $"Zones:Map:BaseMaps:{i}"));
        if (!string.IsNullOrWhiteSpace(zones.BaseMapUrl))
            maps.Add(Check(new BaseMapOptions { Id = "custom", Name = "在线底图", Url = zones.BaseMapUrl, Attribution = zones.BaseMapAttribution }, "Zones:BaseMapUrl"));

        var duplicate = maps.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw Invalid("Zones:Map:BaseMaps", $"底图编号 \"{duplicate.Key}\" 重复，每个底图的 Id 必须不同。");
        return (maps, DefaultOf(map.DefaultBaseMap, maps));
    }

    static string Tianditu(string layer, string tk) =>
        TiandituTemplate.Replace("{0}", layer).Replace("{1}", tk);

    static BaseMap Check(BaseMapOptions o, string key)
    {
        if (!IdPattern().IsMatch(o.Id) || o.Id == None)
            throw Invalid($"{key}:Id", $"底图编号 \"{o.Id}\" 无效：只能用字母、数字和 -，且不能是 none。");
        if (string.IsNullOrWhiteSpace(o.Name))
            throw Invalid($"{key}:Name", "请填写底图名称（切换底图时显示）。");
        if (o.MaxZoom is < 1 or > 24)
            throw Invalid($"{key}:MaxZoom", $"最大级别应在 1 到 24 之间，现在是 {o.MaxZoom}。");
        var urls = o.AnnotationUrl is { Length: > 0 } note ? new[] { CheckUrl(o.Url, key + ":Url"), CheckUrl(note, key + ":AnnotationUrl") }
                                                            : [CheckUrl(o.Url, key + ":Url")];
        return new(o.Id, o.Name.Trim(), urls, string.IsNullOrWhiteSpace(o.Attribution) ? null : o.Attribution, o.MaxZoom);
    }

    static string CheckUrl(string url, string key)
    {
        url = url.Trim();
        if (!UrlStart().IsMatch(url))
            throw Invalid(key, $"瓦片地址必须以 http://、https:// 或本站路径 / 开头：{url}");
        if (!url.Contains("{z}") || !url.Contains("{x}") || !(url.Contains("{y}") || url.Contains("{-y}")))
            throw Invalid(key, $"瓦片地址必须含有 {{z}}、{{x}} 和 {{y}}：{url}");
        return url;
    }

    static string? DefaultOf(string? wanted, List<BaseMap> maps)
    {
        if (string.IsNullOrWhiteSpace(wanted))
            return maps.Count > 0 ? maps[0].Id : null;
        if (wanted == None)
            return null;
        if (maps.All(m => m.Id != wanted))
            throw Invalid("Zones:Map:DefaultBaseMap", $"没有编号为 \"{wanted}\" 的底图；可用：{string.Join("、", maps.Select(m => m.Id).Prepend(None))}。");
        return wanted;
    }

    static InvalidOperationException Invalid(string key, string message) =>
        new($"地图配置 {key} 有误：{message}");

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^(https?://[^/]|/[^/])")]
    private static partial Regex UrlStart();
}
