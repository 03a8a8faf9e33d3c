using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Npgsql;
using Zones.Server.Data.Access;
using Zones.Server.Spatial;

namespace Zones.Server.Data;

/// <summary>
/// Which features to return: an optional box, an optional time interval, and an optional compiled
/// CQL2 / property filter whose parameters are numbered from <see cref="FeatureStore.FirstWhereParameter"/>.
/// </summary>
/// <param name="Bbox">min, min, max, max in <see cref="BboxCrs"/>'s own axis order (lon/lat for CRS84).</param>
sealed record FeatureFilter(double[]? Bbox = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
                            CompiledFilter? Where = null)
{
    /// <summary>The CRS of <see cref="Bbox"/> (OGC API Features Part 2 <c>bbox-crs</c>).</summary>
    public OgcCrs BboxCrs { get; init; } = OgcCrs.Crs84;
}

/// <summary>
/// Reads <see cref="FeatureCollection"/>s as GeoJSON built by PostGIS (<c>ST_AsGeoJSON</c>): the
/// server passes feature text through and never parses geometry. Every statement keeps to the
/// caller's readable townships (<see cref="RequestAccess"/>): a feature of any other township is
/// missing, counts nowhere and widens no extent.
/// </summary>
sealed partial class FeatureStore(Replica.ReadDataSource db)
{
    // Reporters' names and phones are added by ReporterPrivacy, not by SQL: its one rule masks them.
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    readonly ConcurrentDictionary<(string, string), string> _sql = new();

    /// <summary>Number of features matching the filter.</summary>
    public async Task<long> CountAsync(FeatureCollection c, FeatureFilter f, RequestAccess access, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Sql(c, $"count {f.BboxCrs.Srid}", () =>
            $"SELECT count(*) FROM {c.From} WHERE {c.Where} AND {BboxSql(f.BboxCrs)} AND {TimeSql(c)} AND {Readable(7)}") + WhereSql(f));
        await AddFilterAsync(cmd, f, access, ct);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Streams one page of features, with geometries in <paramref name="crs"/>, to <paramref name="write"/> in the
    /// page's order (then by id, so pages never repeat or skip a feature); returns how many.
    /// </summary>
    public async Task<int> ReadPageAsync(FeatureCollection c, FeatureFilter f, OgcCrs crs, RequestAccess access, FeaturePage page,
                                         Func<string, Task> write, CancellationToken ct)
    {
        var from = page.Shape == FeatureShape.Full
            ? Sql(c, $"page {f.BboxCrs.Srid} {Key(crs)}", () => PageSql(c, f, crs, FeatureShape.Full))
            : PageSql(c, f, crs, page.Shape); // one of many shapes: not worth a cache entry
        await using var cmd = db.CreateCommand(from + WhereSql(f) + OrderSql(page, FirstWhereParameter + (f.Where?.Parameters.Count ?? 0)));
        await AddFilterAsync(cmd, f, access, ct);
        cmd.Parameters.Add(new NpgsqlParameter<int> { TypedValue = page.Limit });
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = page.Offset });
        await ReportersAsync(c, access, ct);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var n = 0;
        while (await reader.ReadAsync(ct))
        {
            await write(await FeatureAsync(c, reader, access, page.Shape, ct));
            n++;
        }
        return n;
    }

    /// <summary>One feature as GeoJSON text with its geometry in <paramref name="crs"/>, or null when there is no live feature with that id the caller may read.</summary>
    public async Task<string?> FindAsync(FeatureCollection c, long id, OgcCrs crs, RequestAccess access, CancellationToken ct,
                                         FeatureShape? shape = null)
    {
        shape ??= FeatureShape.Full;
        var sql = $"SELECT {FeatureColumns(c, crs, shape)} FROM {c.From} WHERE {c.Where} AND t.id = $1 AND {Readable(2)}";
        await using var cmd = db.CreateCommand(shape == FeatureShape.Full ? Sql(c, $"one {Key(crs)}", () => sql) : sql);
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = await access.ReadableAsync(ct) });
        await ReportersAsync(c, access, ct);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? await FeatureAsync(c, reader, access, shape, ct) : null;
    }

    /// <summary>[minLon, minLat, maxLon, maxLat] of the live features the caller may read, or null when there are none.</summary>
    public async Task<double[]?> ExtentAsync(FeatureCollection c, RequestAccess access, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Sql(c, "extent", () =>
            $"SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(t.geom) e FROM {c.From} WHERE {c.Where} AND {Readable(1)}) x"));
        cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = await access.ReadableAsync(ct) });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0))
            return null;
        return [reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3)];
    }

    /// <summary>[first, last] of the collection's time column over the features the caller may read, or null when it has none.</summary>
    public async Task<DateTimeOffset?[]?> IntervalAsync(FeatureCollection c, RequestAccess access, CancellationToken ct)
    {
        if (c.TimeColumn is null)
            return null;
        await using var cmd = db.CreateCommand(Sql(c, "interval", () =>
            $"SELECT min({c.TimeColumn}), max({c.TimeColumn}) FROM {c.From} WHERE {c.Where} AND {Readable(1)}"));
        cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = await access.ReadableAsync(ct) });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return [reader.IsDBNull(0) ? null : reader.GetFieldValue<DateTimeOffset>(0),
                reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1)];
    }

    string Sql(FeatureCollection c, string kind, Func<string> build) => _sql.GetOrAdd((c.Id, kind), _ => build());

    // The caller's readable townships, bound as text[] at $n; township_code is indexed on every table.
    static string Readable(int n) => $"t.township_code = ANY(${n})";

    // The feature text, then (collections with reporters) the township and the raw reporter columns.
    static string FeatureColumns(FeatureCollection c, OgcCrs crs, FeatureShape shape) =>
        $"json_build_object('type', 'Feature', 'id', t.id, 'geometry', {(shape.SkipGeometry ? "NULL" : GeometrySql(crs))}::json, " +
        $"'properties', {(shape.Properties is null ? c.Properties : FeatureProperties.Select(c, shape.Properties))})::text" +
        (c.HasReporter ? ", t.township_code, t.reporter_name, t.reporter_phone" : "");

    static string PageSql(FeatureCollection c, FeatureFilter f, OgcCrs crs, FeatureShape shape) =>
        $"SELECT {FeatureColumns(c, crs, shape)} FROM {c.From} WHERE {c.Where} AND {BboxSql(f.BboxCrs)} AND {TimeSql(c)} AND {Readable(7)}";

    /// <summary>
    /// The number of the first parameter of <see cref="FeatureFilter.Where"/>: $1–$4 are the bbox, $5–$6 the
    /// interval, $7 the readable townships in every statement that takes a filter; a page's limit and
    /// offset follow the filter's own parameters.
    /// </summary>
    public const int FirstWhereParameter = 8;

    // The compiled CQL2 filter and property filters: constant SQL over the queryables, values as parameters.
    static string WhereSql(FeatureFilter f) => f.Where is { } w ? $" AND ({w.Sql})" : "";

    // Sort keys are constant SQL of sortable queryables; the id last keeps pages stable.
    static string OrderSql(FeaturePage page, int limitParameter) =>
        " ORDER BY " + string.Join(", ", page.SortBy.Select(k => k.Sql).Append("t.id")) +
        $" LIMIT ${limitParameter} OFFSET ${limitParameter + 1}";

    /// <summary>
    /// The feature, with <c>reporterName</c> / <c>reporterPhone</c> as the caller may see them added
    /// to its properties when the shape carries them. The properties object is the last member
    /// json_build_object wrote, so the text ends with its closing brace and the feature's.
    /// </summary>
    static async Task<string> FeatureAsync(FeatureCollection c, NpgsqlDataReader r, RequestAccess access, FeatureShape shape,
                                           CancellationToken ct)
    {
        var feature = r.GetString(0);
        if (!c.HasReporter || !(shape.Carries(FeatureProperties.ReporterName) || shape.Carries(FeatureProperties.ReporterPhone)))
            return feature;
        var reporter = await access.ReporterAsync(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), ct);
        var members = new List<string>();
        if (shape.Carries(FeatureProperties.ReporterName))
            members.Add($"\"{FeatureProperties.ReporterName}\" : {JsonSerializer.Serialize(reporter.Name, Json)}");
        if (shape.Carries(FeatureProperties.ReporterPhone))
            members.Add($"\"{FeatureProperties.ReporterPhone}\" : {JsonSerializer.Serialize(reporter.Phone, Json)}");
        var empty = feature.EndsWith("{}}", StringComparison.Ordinal);
        return string.Concat(feature.AsSpan(0, feature.Length - 2), empty ? "" : ", ", string.Join(", ", members), "}}");
    }

    // Asked before the reader opens, so masking never needs a second connection mid-read.
    static Task ReportersAsync(FeatureCollection c, RequestAccess access, CancellationToken ct) =>
        c.HasReporter ? access.ReportersShownAsync(ct) : Task.CompletedTask;

    // Collections without a time column match every interval.
    static string TimeSql(FeatureCollection c) => c.TimeColumn is null
        ? "($5::timestamptz IS NULL OR true) AND ($6::timestamptz IS NULL OR true)"
        : $"($5::timestamptz IS NULL OR {c.TimeColumn} >= $5) AND ($6::timestamptz IS NULL OR {c.TimeColumn} <= $6)";

    static async Task AddFilterAsync(NpgsqlCommand cmd, FeatureFilter f, RequestAccess access, CancellationToken ct)
    {
        AddBbox(cmd, f);
        cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = f.From });
        cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = f.To });
        cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = await access.ReadableAsync(ct) });
        foreach (var p in f.Where?.Parameters ?? [])
            cmd.Parameters.Add(p.Clone());
    }
}
