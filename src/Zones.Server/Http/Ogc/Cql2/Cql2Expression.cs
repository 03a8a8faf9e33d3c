using NetTopologySuite.Geometries;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>
/// One node of a CQL2 filter, the same tree for CQL2-text and CQL2-JSON (its shape follows the
/// JSON encoding: operators with arguments, properties, literals). <see cref="Position"/> is the
/// 1-based character offset of the node in the filter text, for messages; null when the node was
/// made in code (<c>?status=损坏</c>).
/// </summary>
abstract record Cql2Expression
{
    public int? Position { get; init; }
}

/// <summary>A queryable of the collection, by name (<c>status</c>, <c>geometry</c>).</summary>
sealed record Cql2Property(string Name) : Cql2Expression;

/// <summary>A character literal. <paramref name="FromQuery"/>: typed by the property it meets (<c>?parentId=12</c>).</summary>
sealed record Cql2Text(string Value, bool FromQuery = false) : Cql2Expression;

/// <summary>A numeric literal; <paramref name="Whole"/> when it was written as a whole number that fits a bigint.</summary>
sealed record Cql2Number(double Value, long? Whole) : Cql2Expression;

sealed record Cql2Boolean(bool Value) : Cql2Expression;

/// <summary><c>TIMESTAMP('2025-01-01T00:00:00Z')</c> / <c>{"timestamp": …}</c>.</summary>
sealed record Cql2Timestamp(DateTimeOffset Value) : Cql2Expression;

/// <summary><c>DATE('2025-01-01')</c> / <c>{"date": …}</c>.</summary>
sealed record Cql2Date(DateOnly Value) : Cql2Expression;

/// <summary><c>INTERVAL(start, end)</c>: each end an instant literal, a property, or null for an open end (<c>'..'</c>).</summary>
sealed record Cql2Interval(Cql2Expression? Start, Cql2Expression? End) : Cql2Expression;

/// <summary>A WKT / GeoJSON / BBOX literal, with the coordinates as written (in filter-crs, its axis order).</summary>
sealed record Cql2Geometry(Geometry Value) : Cql2Expression;

/// <summary><c>CASEI(…)</c>: compare without regard to case.</summary>
sealed record Cql2CaseInsensitive(Cql2Expression Value) : Cql2Expression;

/// <summary><c>AND</c> / <c>OR</c> over two or more arguments (<paramref name="Op"/> "and" | "or").</summary>
sealed record Cql2Logical(string Op, IReadOnlyList<Cql2Expression> Args) : Cql2Expression;

sealed record Cql2Not(Cql2Expression Arg) : Cql2Expression;

/// <summary><c>= &lt;&gt; &lt; &gt; &lt;= &gt;=</c>.</summary>
sealed record Cql2Comparison(string Op, Cql2Expression Left, Cql2Expression Right) : Cql2Expression;

/// <summary><c>LIKE</c> with <c>%</c> and <c>_</c> wildcards, <c>\</c> escaping.</summary>
sealed record Cql2Like(Cql2Expression Value, Cql2Expression Pattern) : Cql2Expression;

sealed record Cql2In(Cql2Expression Value, IReadOnlyList<Cql2Expression> List) : Cql2Expression;

sealed record Cql2Between(Cql2Expression Value, Cql2Expression Low, Cql2Expression High) : Cql2Expression;

sealed record Cql2IsNull(Cql2Expression Value) : Cql2Expression;

/// <summary><c>S_INTERSECTS</c> … <c>S_OVERLAPS</c> (<paramref name="Op"/> lower case, "s_intersects").</summary>
sealed record Cql2Spatial(string Op, Cql2Expression Left, Cql2Expression Right) : Cql2Expression;

/// <summary><c>S_DWITHIN(a, b, metres)</c>: within a distance on the ground (geography).</summary>
sealed record Cql2Distance(Cql2Expression Left, Cql2Expression Right, Cql2Expression Metres) : Cql2Expression;

/// <summary><c>T_AFTER</c> … <c>T_STARTS</c> (<paramref name="Op"/> lower case, "t_after").</summary>
sealed record Cql2Temporal(string Op, Cql2Expression Left, Cql2Expression Right) : Cql2Expression;
