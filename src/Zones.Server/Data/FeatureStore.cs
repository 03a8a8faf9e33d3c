using System.Collections.Concurrent;
using Npgsql;

namespace Zones.Server.Data;

/// <summary>Which features to return: an optional lon/lat box and an optional time interval.</summary>
sealed record FeatureFilter(double[]? Bbox = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>
/// Reads <see cref="FeatureCollection"/>s as GeoJSON built by PostGIS (<c>ST_AsGeoJSON</c>): the
/// server passes feature text through and never parses geometry.
/// </summary>
sealed class FeatureStore(NpgsqlDataSource db)
{
    // Filters compare the indexed column with an envelope in its own SRID (4326), so the GiST
    // index answers the bbox test. Npgsql sends unnamed statements, planned with the actual
    // parameter values, so "$1 IS NULL OR …" folds away and does not hide the index.
    const string FilterSql = """
        ($1::float8 IS NULL OR ST_Intersects(t.geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)))
        """;

    readonly ConcurrentDictionary<(string, string), string> _sql = new();

    /// <summary>Number of features matching the filter.</summary>
    public async Task<long> CountAsync(FeatureCollection c, FeatureFilter f, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Sql(c, "count", () =>
            $"SELECT count(*) FROM {c.From} WHERE {c.Where} AND {FilterSql} AND {TimeSql(c)}"));
        AddFilter(cmd, f);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Streams one page of features, ordered by id, to <paramref name="write"/>; returns how many.</summary>
    public async Task<int> ReadPageAsync(FeatureCollection c, FeatureFilter f, int limit, long offset,
                                         Func<string, Task> write, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Sql(c, "page", () =>
            $"SELECT {FeatureJson(c)} FROM {c.From} WHERE {c.Where} AND {FilterSql} AND {TimeSql(c)} " +
            "ORDER BY t.id LIMIT $7 OFFSET $8"));
        AddFilter(cmd, f);
        cmd.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = offset });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var n = 0;
        while (await reader.ReadAsync(ct))
        {
            await write(reader.GetString(0));
            n++;
        }
        return n;
    }

    /// <summary>One feature as GeoJSON text, or null when there is no live feature with that id.</summary>
    public async Task<string?> FindAsync(FeatureCollection c, long id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Sql(c, "one", () =>
            $"SELECT {FeatureJson(c)} FROM {c.From} WHERE {c.Where} AND t.id = $1"));
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>[minLon, minLat, maxLon, maxLat] of the live features, or null when there are none.</summary>
    public async Task<double[]?> ExtentAsync(FeatureCollection c, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Sql(c, "extent", () =>
            $"SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(t.geom) e FROM {c.From} WHERE {c.Where}) x"));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0))
            return null;
        return [reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3)];
    }

    /// <summary>[first, last] of the collection's time column, or null when it has none.</summary>
    public async Task<DateTimeOffset?[]?> IntervalAsync(FeatureCollection c, CancellationToken ct)
    {
        if (c.TimeColumn is null)
            return null;
        await using var cmd = db.CreateCommand(Sql(c, "interval", () =>
            $"SELECT min({c.TimeColumn}), max({c.TimeColumn}) FROM {c.From} WHERE {c.Where}"));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return [reader.IsDBNull(0) ? null : reader.GetFieldValue<DateTimeOffset>(0),
                reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1)];
    }

    string Sql(FeatureCollection c, string kind, Func<string> build) => _sql.GetOrAdd((c.Id, kind), _ => build());

    static string FeatureJson(FeatureCollection c) =>
        $"json_build_object('type', 'Feature', 'id', t.id, 'geometry', ST_AsGeoJSON(t.geom, 7)::json, " +
        $"'properties', {c.Properties})::text";

    // Collections without a time column match every interval.
    static string TimeSql(FeatureCollection c) => c.TimeColumn is null
        ? "($5::timestamptz IS NULL OR true) AND ($6::timestamptz IS NULL OR true)"
        : $"($5::timestamptz IS NULL OR {c.TimeColumn} >= $5) AND ($6::timestamptz IS NULL OR {c.TimeColumn} <= $6)";

    static void AddFilter(NpgsqlCommand cmd, FeatureFilter f)
    {
        for (var i = 0; i < 4; i++)
            cmd.Parameters.Add(new NpgsqlParameter<double?> { TypedValue = f.Bbox?[i] });
        cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = f.From });
        cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = f.To });
    }
}
