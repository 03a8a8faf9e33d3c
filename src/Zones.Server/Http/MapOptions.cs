namespace Zones.Server.Http;

/// <summary>
/// The map client's base maps, bound from <c>Zones:Map</c> (<c>Zones__Map__*</c> variables).
/// Nothing set means no online tiles: township offices often have no internet.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Zones:Map";

    /// <summary>
    /// 天地图 key (<c>tk</c>). When set, the switcher offers 天地图矢量 (<c>vec_w</c> + <c>cva_w</c>)
    /// and 天地图影像 (<c>img_w</c> + <c>cia_w</c>). The key reaches every browser in the tile URLs,
    /// so use a browser key restricted to the map's domain.
    /// </summary>
    public string? TiandituKey { get; set; }

    /// <summary>More XYZ base maps (<c>Zones__Map__BaseMaps__0__Url</c> …), offered after 天地图.</summary>
    public List<BaseMapOptions> BaseMaps { get; set; } = [];

    /// <summary>
    /// Id of the base map shown when the page opens, or <c>none</c>. Unset: the first one
    /// offered, so configuring a base map is enough to see it.
    /// </summary>
    public string? DefaultBaseMap { get; set; }

    /// <summary>
    /// Users may add external layers (XYZ, WMTS, WMS) by URL in the map (issue #13): the page may
    /// then load images and capabilities documents from any http(s) host. False: only the
    /// configured base maps, for sites whose policy forbids other hosts.
    /// </summary>
    public bool ExternalLayers { get; set; } = true;

    /// <summary>
    /// The datum of a phone browser's position (Geolocation API), for the resident page and the
    /// cadre's field view alike: <c>GCJ02</c> (default) or <c>WGS84</c>. Browsers inside Chinese apps
    /// (WeChat, QQ, UC, the makers' own) take their position from Tencent/AMap location services,
    /// which answer in GCJ-02; a site whose users run plain Chrome/Safari (WGS84) sets WGS84. One
    /// setting so that a resident and a cadre standing at one spot report the same point.
    /// </summary>
    public string PhonePositionCrs { get; set; } = "GCJ02";

    /// <summary>The checked <see cref="PhonePositionCrs"/>: GCJ02 or WGS84; anything else stops the server with the setting's name.</summary>
    public string CheckedPhonePositionCrs()
    {
        var crs = PhonePositionCrs.Trim().ToUpperInvariant();
        return crs is "GCJ02" or "WGS84"
            ? crs
            : throw new InvalidOperationException(
                $"配置项 Zones:Map:PhonePositionCrs（环境变量 Zones__Map__PhonePositionCrs）应为 GCJ02 或 WGS84，现在是 \"{PhonePositionCrs}\"。" +
                $" Zones:Map:PhonePositionCrs must be GCJ02 or WGS84, not \"{PhonePositionCrs}\".");
    }
}

/// <summary>One XYZ base map of <see cref="MapOptions.BaseMaps"/>.</summary>
public sealed class BaseMapOptions
{
    /// <summary>Stable id (letters, digits, <c>-</c>), remembered by the browser when a clerk picks it.</summary>
    public string Id { get; set; } = "";

    /// <summary>Name in the switcher, e.g. 本地影像.</summary>
    public string Name { get; set; } = "";

    /// <summary>XYZ template: <c>{z}</c>, <c>{x}</c>, <c>{y}</c> (or <c>{-y}</c>), subdomains as <c>{a-c}</c> or <c>{0-7}</c>.</summary>
    public string Url { get; set; } = "";

    /// <summary>Optional second XYZ layer drawn above <see cref="Url"/> (place-name annotation).</summary>
    public string? AnnotationUrl { get; set; }

    public string? Attribution { get; set; }

    /// <summary>Deepest zoom the service has tiles for; the map enlarges these beyond it.</summary>
    public int MaxZoom { get; set; } = 18;
}
