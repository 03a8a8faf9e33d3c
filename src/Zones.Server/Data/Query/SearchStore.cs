using Npgsql;

namespace Zones.Server.Data.Query;

/// <summary>One search result: what it is, its id, the words the list shows, and its WGS84 extent.</summary>
/// <param name="Kind">zone, road, asset, complaint or shop.</param>
/// <param name="Detail">The raw value the subtitle is made from: zone level, road class, asset kind, complaint stage or a shop's address.</param>
/// <param name="Count">Road segments of the hit (a road name spans several); 1 otherwise.</param>
public sealed record SearchHitRow(string Kind, long Id, string Title, string Code, string? Detail, int Count, double[] Bbox);

/// <summary>
/// The map's search box: zones by name or code, roads by name or code (segments of one name
/// are one hit), assets by identifier or name, complaints by case number, shops by name or code.
/// </summary>
/// <remarks>
/// Plain ILIKE on names and codes, so every branch reads its table sequentially (filtered by the
/// visible townships first): 28 zones, 104 roads, 2,175 assets and 620 complaints on the demo; at
/// county scale (≈100k assets) tens of milliseconds. A pg_trgm GIN index on each searched column
/// would make the contains-match indexed; that needs a migration (see the issue #6 report).
/// Ranking: exact match (case-insensitive) 0, prefix 1, contained 2; then zones, roads, assets,
/// complaints; then the shorter title.
/// </remarks>
public sealed class SearchStore(Replica.ReadDataSource db)
{
    // $1 the exact text, $2 the ILIKE-escaped text, $3 visible townships, $4 the limit.
    // Each branch is limited by itself so no branch sorts more than it can return.
    const string SearchSql = """
        WITH q AS (SELECT lower($1) AS exact, $2 || '%' AS prefix, '%' || $2 || '%' AS contains)
        SELECT kind, id, title, code, detail, n, ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box)
        FROM (
          (SELECT 'zone' AS kind, 0 AS kind_rank, t.id, t.name AS title, t.code, t.level AS detail, 1 AS n,
                  ST_Envelope(t.geom) AS box,
                  CASE WHEN lower(t.name) = q.exact OR lower(t.code) = q.exact THEN 0
                       WHEN t.name ILIKE q.prefix OR t.code ILIKE q.prefix THEN 1 ELSE 2 END AS rank
           FROM zones.zone t, q
           WHERE t.valid_to IS NULL AND t.status <> 'retired' AND t.township_code = ANY($3)
             AND (t.name ILIKE q.contains OR t.code ILIKE q.contains)
           ORDER BY rank, length(t.name), t.code LIMIT $4)
          UNION ALL
          (SELECT 'road', 1, min(t.id), t.name, min(t.code), min(t.class), count(*)::int,
                  ST_Envelope(ST_Collect(t.geom)),
                  min(CASE WHEN lower(t.name) = q.exact OR lower(t.code) = q.exact THEN 0
                           WHEN t.name ILIKE q.prefix OR t.code ILIKE q.prefix THEN 1 ELSE 2 END) AS rank
           FROM zones.road t, q
           WHERE t.retired_at IS NULL AND t.township_code = ANY($3)
             AND (t.name ILIKE q.contains OR t.code ILIKE q.contains)
           GROUP BY t.township_code, t.name
           ORDER BY rank, length(t.name), min(t.code) LIMIT $4)
          UNION ALL
          (SELECT 'asset', 2, t.id, coalesce(t.name, t.identifier), t.identifier, t.kind, 1, ST_Envelope(t.geom),
                  CASE WHEN lower(t.identifier) = q.exact OR lower(t.name) = q.exact THEN 0
                       WHEN t.identifier ILIKE q.prefix OR t.name ILIKE q.prefix THEN 1 ELSE 2 END AS rank
           FROM zones.asset t, q
           WHERE t.retired_at IS NULL AND t.township_code = ANY($3)
             AND (t.identifier ILIKE q.contains OR t.name ILIKE q.contains)
           ORDER BY rank, t.identifier LIMIT $4)
          UNION ALL
          (SELECT 'complaint', 3, t.id, t.case_number, t.case_number, t.stage, 1, ST_Envelope(t.geom),
                  CASE WHEN lower(t.case_number) = q.exact THEN 0 WHEN t.case_number ILIKE q.prefix THEN 1 ELSE 2 END AS rank
           FROM zones.complaint t, q
           WHERE t.township_code = ANY($3) AND t.case_number ILIKE q.contains
           ORDER BY rank, t.reported_at DESC LIMIT $4)
          UNION ALL
          (SELECT 'shop', 4, t.id, t.name, t.code, t.address, 1, ST_Envelope(t.geom),
                  CASE WHEN lower(t.name) = q.exact OR lower(t.code) = q.exact THEN 0
                       WHEN t.name ILIKE q.prefix OR t.code ILIKE q.prefix THEN 1 ELSE 2 END AS rank
           FROM zones.shop t, q
           WHERE t.retired_at IS NULL AND t.township_code = ANY($3)
             AND (t.name ILIKE q.contains OR t.code ILIKE q.contains)
           ORDER BY rank, length(t.name), t.code LIMIT $4)
        ) hits
        ORDER BY rank, kind_rank, length(title), title
        LIMIT $4
        """;

    /// <summary>Up to <paramref name="first"/> hits for <paramref name="text"/> in <paramref name="townships"/>, best first.</summary>
    public async Task<List<SearchHitRow>> SearchAsync(string text, IReadOnlyList<string> townships, int first, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(SearchSql);
        cmd.Parameters.Add(Sql.P(text));
        cmd.Parameters.Add(Sql.P(EscapeLike(text)));
        cmd.Parameters.Add(Sql.P(townships.ToArray()));
        cmd.Parameters.Add(Sql.P(first));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var hits = new List<SearchHitRow>();
        while (await reader.ReadAsync(ct))
            hits.Add(new SearchHitRow(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.Text(4), reader.GetInt32(5),
                [reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8), reader.GetDouble(9)]));
        return hits;
    }

    /// <summary>Makes <c>%</c>, <c>_</c> and <c>\</c> in the user's text match themselves (ILIKE's default escape is <c>\</c>).</summary>
    public static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
