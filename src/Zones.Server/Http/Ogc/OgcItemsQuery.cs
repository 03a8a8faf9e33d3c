using System.Globalization;
using Zones.Server.Data;

namespace Zones.Server.Http.Ogc;

/// <summary>
/// The query parameters of <c>/ogc/collections/{id}/items</c>: Part 1 (Core) <c>bbox</c>, <c>datetime</c>,
/// <c>limit</c>, our <c>offset</c> for paging links and <c>f</c>; Part 3 <c>filter</c> and
/// <c>?queryable=value</c> (<see cref="OgcItemsFilter"/>); <c>sortby</c>, <c>properties</c>, <c>skipGeometry</c>.
/// </summary>
/// <remarks>Unknown parameters are refused (req /core/query-param-unknown) so a typo is not silently ignored.</remarks>
sealed record OgcItemsQuery(FeatureFilter Filter, FeaturePage Page)
{
    public int Limit => Page.Limit;
    public long Offset => Page.Offset;

    /// <summary>Parses the query; returns null and a message saying what to fix when a value is wrong.</summary>
    public static OgcItemsQuery? Parse(IQueryCollection q, FeatureCollection c, ZonesOptions options, out string? error)
    {
        var known = OgcItemsParameters.Of(c).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        error = q.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown
            ? $"不认识查询参数“{unknown}”。Unknown query parameter '{unknown}'. Allowed: {string.Join(", ", known)}."
            : null;
        error ??= OgcParameters.CheckFormat(q);
        error ??= CheckBboxCrs(q);
        var bbox = error is null ? ParseBbox(q["bbox"], ref error) : null;
        var (from, to) = error is null ? OgcDatetime.Parse(q["datetime"], ref error) : (null, null);
        var limit = error is null ? ParseLimit(q["limit"], options, ref error) : 0;
        var offset = error is null ? ParseOffset(q["offset"], ref error) : 0;
        var sortBy = error is null ? OgcSortBy.Parse(q["sortby"], c, ref error) : [];
        var shape = error is null ? OgcFeatureShape.Parse(q, c, ref error) : FeatureShape.Full;
        var where = error is null ? OgcItemsFilter.Parse(q, c, ref error) : null;
        return error is null
            ? new OgcItemsQuery(new FeatureFilter(bbox, from, to, where), new FeaturePage(limit, offset, sortBy, shape))
            : null;
    }

    static string? CheckBboxCrs(IQueryCollection q)
    {
        var crs = q["bbox-crs"].ToString();
        return crs.Length == 0 || crs == OgcParameters.Crs84
            ? null
            : $"Unsupported bbox-crs '{crs}': use {OgcParameters.Crs84} (longitude, latitude in degrees).";
    }

    static double[]? ParseBbox(string? raw, ref string? error)
    {
        if (string.IsNullOrEmpty(raw))
            return null;
        var parts = raw.Split(',');
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) ||
                !double.IsFinite(values[i]))
            {
                error = $"bbox value {i + 1} ('{parts[i]}') is not a number. Use bbox=minLon,minLat,maxLon,maxLat.";
                return null;
            }
        }
        if (values.Length == 6) // a 3D box: drop the heights
            values = [values[0], values[1], values[3], values[4]];
        error = values.Length != 4
            ? $"bbox needs 4 numbers (minLon,minLat,maxLon,maxLat); got {parts.Length}."
            : values[0] < -180 || values[2] > 180 || values[1] < -90 || values[3] > 90
                ? "bbox is outside longitude -180..180 / latitude -90..90: coordinates are WGS84 degrees, longitude first."
                : values[1] > values[3]
                    ? "bbox minLat is greater than maxLat: the order is minLon,minLat,maxLon,maxLat."
                    : values[0] > values[2]
                        ? "bbox minLon is greater than maxLon (boxes across the antimeridian are not supported)."
                        : null;
        return error is null ? values : null;
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
