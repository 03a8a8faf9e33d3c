namespace Zones.Server.Data.MapLayers;

/// <summary>
/// An external map layer a user added to the web map: tiles from an XYZ template, a WMTS layer or a
/// WMS layer, drawn over the base map at <see cref="Opacity"/>, in the order of <see cref="Position"/>.
/// </summary>
/// <param name="Kind">The stored code: <c>xyz</c>, <c>wmts</c> or <c>wms</c>.</param>
/// <param name="Layer">WMTS / WMS layer identifier; null for XYZ.</param>
/// <param name="MatrixSet">WMTS tile matrix set (天地图: <c>w</c> = EPSG:3857, <c>c</c> = EPSG:4490).</param>
public sealed record MapLayer(long Id, string Title, string Kind, string Url, string? Layer, string? MatrixSet, string? Format,
                              string? Style, double Opacity, bool Visible, int Position);

/// <summary>A layer as the user sends it (no id, no position: the list's order is the drawing order).</summary>
public sealed record MapLayerInput(string Title, string Kind, string Url, string? Layer, string? MatrixSet, string? Format,
                                   string? Style, double Opacity, bool Visible);
