namespace Zones.Server.Data.Tiles;

/// <summary>
/// One vector-tile layer: its URL name (also the MVT layer name), what TileJSON says about it, and
/// how long browsers may keep its tiles.
/// </summary>
/// <param name="Id">URL segment and MVT layer name, e.g. <c>assets</c>.</param>
/// <param name="Title">zh-CN name for layer switchers.</param>
/// <param name="Description">zh-CN, what a feature is and what the layer leaves out.</param>
/// <param name="Fields">Attribute name → zh-CN meaning (TileJSON <c>vector_layers[].fields</c>).</param>
/// <param name="MaxAgeSeconds">Browser freshness; see <see cref="TileLayers"/> for why each value.</param>
/// <param name="ClusterBelowZoom">Below this zoom the points are grid cells with a count; null = never.</param>
public sealed record TileLayer(string Id, string Title, string Description,
                               IReadOnlyDictionary<string, string> Fields, int MaxAgeSeconds, int? ClusterBelowZoom = null);

/// <summary>A tile's MVT bytes and the data revision they were read at (null for layers whose ETag comes from the bytes).</summary>
public sealed record RenderedTile(byte[] Bytes, string? Revision);
