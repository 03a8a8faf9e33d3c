namespace Zones.Server.Data.MapLayers;

/// <summary>
/// What makes an external layer usable before it is stored: an http(s) address the browser can
/// fetch, not longer than 2 KB, and for XYZ the {z}/{x}/{y} placeholders the tiles are addressed by.
/// The messages say which layer (by its number in the list) and how to fix it.
/// </summary>
public static class MapLayerChecks
{
    public const int MaxLayers = 50;
    const int MaxUrl = 2048;

    /// <summary>The first problem of the list, or null when every layer is fine.</summary>
    public static UserError? Check(IReadOnlyList<MapLayerInput> layers)
    {
        if (layers.Count > MaxLayers)
            return new InvalidInputError($"外部图层最多 {MaxLayers} 个，现在有 {layers.Count} 个：请先删除不用的图层。" +
                                         $"At most {MaxLayers} external layers; you sent {layers.Count}.", "layers");
        for (var i = 0; i < layers.Count; i++)
            if (CheckOne(layers[i], i) is { } problem)
                return problem;
        return null;
    }

    static UserError? CheckOne(MapLayerInput layer, int index)
    {
        var n = index + 1;
        var at = $"layers.{index}";
        if (string.IsNullOrWhiteSpace(layer.Title) || layer.Title.Length > 200)
            return new InvalidInputError($"第 {n} 个图层的名称不能为空，且不超过 200 个字。Layer {n} needs a title of 1-200 characters.", $"{at}.title");
        if (layer.Url.Length > MaxUrl)
            return new InvalidInputError($"第 {n} 个图层“{layer.Title}”的地址超过 2 KB：请检查是否粘贴了多余内容。Layer {n}: the URL is longer than 2 KB.", $"{at}.url");
        if (!Uri.TryCreate(layer.Url.Replace("{", "").Replace("}", ""), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return new InvalidInputError($"第 {n} 个图层“{layer.Title}”的地址必须以 http:// 或 https:// 开头。Layer {n}: the URL must be an http or https address.", $"{at}.url");
        if (layer.Kind == "xyz" && !(layer.Url.Contains("{z}") && layer.Url.Contains("{x}") && (layer.Url.Contains("{y}") || layer.Url.Contains("{-y}"))))
            return new InvalidInputError($"第 {n} 个图层“{layer.Title}”是 XYZ 瓦片，地址里要有 {{z}}、{{x}}、{{y}}，例如 https://example.com/{{z}}/{{x}}/{{y}}.png。" +
                                         $"Layer {n}: an XYZ template needs {{z}}, {{x}} and {{y}}.", $"{at}.url");
        if (layer.Kind is "wmts" or "wms" && string.IsNullOrWhiteSpace(layer.Layer))
            return new InvalidInputError($"第 {n} 个图层“{layer.Title}”要选择服务里的一个图层（layer）。Layer {n}: a WMTS or WMS layer needs its layer name.", $"{at}.layer");
        if (layer.Kind == "wmts" && string.IsNullOrWhiteSpace(layer.MatrixSet))
            return new InvalidInputError($"第 {n} 个图层“{layer.Title}”要选择切片方案（matrixSet）。Layer {n}: a WMTS layer needs its tile matrix set.", $"{at}.matrixSet");
        if (layer.Opacity is < 0 or > 1 || double.IsNaN(layer.Opacity))
            return new InvalidInputError($"第 {n} 个图层的透明度要在 0 到 1 之间。Layer {n}: opacity must be between 0 and 1.", $"{at}.opacity");
        return null;
    }
}
