using Npgsql;

namespace Zones.Server.Data.Query;

/// <summary>
/// A table as list queries see it: the FROM clause (main table aliased <c>t</c>, with <c>id</c>
/// and <c>geom</c>), the rows that are live, the columns a row is read from, and the sorts it
/// offers. All constants of the store that declares it.
/// </summary>
public sealed record ListSource<T>(
    string From, string LiveWhere, string Columns, Func<NpgsqlDataReader, T> Read,
    IReadOnlyDictionary<string, SortKey> Sorts);

/// <summary>
/// A sort: its SQL expression and the PostgreSQL type its cursor value is cast back to.
/// <c>{point}</c> in the expression stands for the distance origin.
/// </summary>
public sealed record SortKey(string Expression, string PgType)
{
    public static readonly SortKey Id = new("t.id", "bigint");

    /// <summary>
    /// Metres on the spheroid (what <c>distanceM</c> reports). Nearest first does not sort by it over the
    /// whole table: <see cref="ListQuery"/> lets the geography KNN index find the candidates (see ListQuery.Nearest.cs).
    /// </summary>
    public static readonly SortKey Distance = new("ST_Distance(t.geom::geography, ({point})::geography)", "float8");
}

/// <summary>What to list: filters (already in <see cref="Where"/>), sort, direction, distance origin, page.</summary>
/// <param name="WithCount">The caller reads <c>totalCount</c>: the page and the count travel in one round trip.</param>
public sealed record ListRequest(SqlWhere Where, string Sort, bool Descending, NetTopologySuite.Geometries.Point? DistanceFrom,
                                 PageRequest Page, bool WithCount = false);
