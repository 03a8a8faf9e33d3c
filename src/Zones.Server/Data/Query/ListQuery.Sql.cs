using Zones.Server.Spatial;

namespace Zones.Server.Data.Query;

// The statements of a list page. Three shapes:
// - nearest first (distance, ascending): the geography KNN index finds the candidates (see NearestSql);
// - counted: a costly filter (spatial) is evaluated once for both the page and totalCount;
// - plain: ORDER BY the sort key and id, LIMIT one more than asked.
public sealed partial class ListQuery
{
    static string CountSql<T>(ListSource<T> source, SqlWhere where) =>
        $"SELECT count(*) FROM {source.From} WHERE {source.LiveWhere} AND {where.Sql}";

    /// <summary>The page's statement; <paramref name="counted"/> tells whether its rows carry the total as a last column.</summary>
    static string PageSql<T>(ListSource<T> source, SortKey sort, ListRequest request, out bool counted)
    {
        var where = request.Where;
        var origin = request.DistanceFrom is { } p ? where.Bind(Sql.Geom(p)) : null;
        var expression = sort.Expression.Replace("{point}", origin ?? "NULL");
        var (op, dir) = request.Descending ? ("<", "DESC") : (">", "ASC");
        string? key = null, id = null;
        if (request.Page.After is { } after)
        {
            var (k, i) = Cursor.Decode(after, request.Sort);
            key = $"{where.Bind(Sql.P(k))}::{sort.PgType}";
            id = where.Bind(Sql.P(i));
        }
        string Keyset(string keyColumn, string idColumn) => key is null ? "true" : $"({keyColumn}, {idColumn}) {op} ({key}, {id})";
        var limit = where.Bind(Sql.P(Math.Clamp(request.Page.First, 0, PageRequest.MaxFirst) + 1));
        counted = false;
        if (sort == SortKey.Distance && !request.Descending && origin is not null)
            return NearestSql(source, where, origin, expression, Keyset(expression, "t.id"), Keyset("x.d", "t.id"), limit);
        var distance = origin is null ? "NULL::float8" : $"ST_Distance(t.geom::geography, ({origin})::geography)";
        if (request.WithCount && where.Costly)
        {
            counted = true;
            return CountedSql(source, where, expression, Keyset("m.k", "m.id"), dir, distance, limit);
        }
        return $"""
            SELECT {source.Columns}, ({expression})::text, {distance}
            FROM {source.From}
            WHERE {source.LiveWhere} AND {where.Sql} AND {Keyset(expression, "t.id")}
            ORDER BY {expression} {dir}, t.id {dir}
            LIMIT {limit}
            """;
    }

    /// <summary>
    /// Nearest first in two index scans, never a sort of every matching row. <c>ORDER BY distance, id</c>
    /// cannot use an index, and the KNN operator <c>&lt;-&gt;</c> measures on the sphere while
    /// <c>distanceM</c> and the order are on the spheroid (they differ by up to 0.56 %). So: (1) the
    /// KNN scan takes the first page-size rows after the cursor and the largest spheroid distance D
    /// among them; every row of the true page lies within D; (2) an index scan takes every row after
    /// the cursor within 1.01·D on the sphere (a superset: sphere and spheroid agree within 0.6 %),
    /// measures each exactly, and sorts those few by (distance, id). Ties and cursors stay exact.
    /// </summary>
    static string NearestSql<T>(ListSource<T> source, SqlWhere where, string origin, string distance,
                                string keyset, string pagedKeyset, string limit) => $"""
        WITH knn AS MATERIALIZED (
          SELECT max({distance}) AS d FROM (
            SELECT t.geom FROM {source.From}
            WHERE {source.LiveWhere} AND {where.Sql} AND {keyset}
            ORDER BY t.geom::geography <-> ({origin})::geography
            LIMIT {limit}) t
        )
        SELECT {source.Columns}, x.d::text, x.d
        FROM {source.From}
        CROSS JOIN LATERAL (SELECT {distance} AS d) x
        WHERE {source.LiveWhere} AND {where.Sql} AND {pagedKeyset}
          AND ST_DWithin(t.geom::geography, ({origin})::geography, (SELECT knn.d * 1.01 + 0.01 FROM knn), false)
        ORDER BY x.d, t.id
        LIMIT {limit}
        """;

    /// <summary>
    /// Page and count in one statement: the matching ids and sort keys are found once (a point-in-zone
    /// test per candidate is most of the work), counted, and the page's rows are read by id.
    /// </summary>
    static string CountedSql<T>(ListSource<T> source, SqlWhere where, string expression, string keyset,
                                string dir, string distance, string limit) => $"""
        WITH m AS MATERIALIZED (
          SELECT t.id, {expression} AS k FROM {source.From} WHERE {source.LiveWhere} AND {where.Sql}
        ),
        c AS (SELECT count(*) AS n FROM m),
        p AS (SELECT m.id, m.k FROM m WHERE {keyset} ORDER BY m.k {dir}, m.id {dir} LIMIT {limit})
        SELECT {source.Columns}, p.k::text, {distance}, c.n
        FROM p, c, {source.From}
        WHERE t.id = p.id
        ORDER BY p.k {dir}, p.id {dir}
        """;
}
