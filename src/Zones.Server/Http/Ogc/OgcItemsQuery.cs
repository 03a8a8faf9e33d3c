using System.Globalization;
using Zones.Server.Data;
using Zones.Server.Spatial;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// The query parameters of <c>/ogc/collections/{id}/items</c>: Part 1 (Core) <c>bbox</c>, <c>datetime</c>,
/// <c>limit</c>, our <c>offset</c> for paging links and <c>f</c>; Part 2 <c>crs</c> and
/// <c>bbox-crs</c> (<see cref="OgcBbox"/>); Part 3 <c>filter</c> and
/// <c>?queryable=value</c> (<see cref="OgcItemsFilter"/>); <c>sortby</c>, <c>properties</c>, <c>skipGeometry</c>.
/// </summary>
/// <remarks>Unknown parameters are refused (req /core/query-param-unknown) so a typo is not silently ignored.</remarks>
sealed record OgcItemsQuery(FeatureFilter Filter, FeaturePage Page)
{
    public int Limit => Page.Limit;
    public long Offset => Page.Offset;

    /// <summary>The CRS the features' geometries are written in (Part 2 <c>crs</c>).</summary>
    public OgcCrs Crs { get; init; } = OgcCrs.Crs84;

    /// <summary>Parses the query; returns null and a message saying what to fix when a value is wrong.</summary>
    public static OgcItemsQuery? Parse(IQueryCollection q, FeatureCollection c, ZonesOptions options, out string? error)
    {
        var known = OgcItemsParameters.Of(c).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        error = q.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown
            ? $"不认识查询参数“{unknown}”。Unknown query parameter '{unknown}'. Allowed: {string.Join(", ", known)}."
            : null;
        error ??= OgcParameters.CheckFormat(q);
        var crs = error is null ? OgcCrsParameter.Parse(q, ref error) : OgcCrs.Crs84;
        var (bbox, bboxCrs) = error is null ? OgcBbox.Parse(OgcParameters.Value(q["bbox"]), OgcParameters.Value(q["bbox-crs"]), ref error) : (null, OgcCrs.Crs84);
        var (from, to) = error is null ? OgcDatetime.Parse(q["datetime"], ref error) : (null, null);
        var limit = error is null ? ParseLimit(q["limit"], options, ref error) : 0;
        var offset = error is null ? ParseOffset(q["offset"], ref error) : 0;
        var sortBy = error is null ? OgcSortBy.Parse(OgcParameters.Value(q["sortby"]), c, ref error) : [];
        var shape = error is null ? OgcFeatureShape.Parse(q, c, ref error) : FeatureShape.Full;
        var where = error is null ? OgcItemsFilter.Parse(q, c, ref error) : null;
        return error is null
            ? new OgcItemsQuery(new FeatureFilter(bbox, from, to, where) { BboxCrs = bboxCrs }, new FeaturePage(limit, offset, sortBy, shape)) { Crs = crs }
            : null;
    }

    static int ParseLimit(string? raw, ZonesOptions options, ref string? error)
    {
        if (string.IsNullOrEmpty(raw))
            return options.OgcDefaultLimit;
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
        {
            error = $"limit must be a whole number from 1 to {options.OgcMaxLimit}; got '{raw}'.";
            return 0;
        }
        return Math.Min(limit, options.OgcMaxLimit); // larger limits are clamped, as Core permits
    }

    static long ParseOffset(string? raw, ref string? error)
    {
        if (string.IsNullOrEmpty(raw))
            return 0;
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            return offset;
        error = $"offset must be a whole number ≥ 0; got '{raw}'.";
        return 0;
    }
}
