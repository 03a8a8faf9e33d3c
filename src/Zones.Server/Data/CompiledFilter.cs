using Npgsql;

namespace Zones.Server.Data;

/// <summary>
/// A filter as an SQL boolean over the collection's FROM (aliases <c>t</c>, <c>m</c>, <c>cat</c>,
/// <c>f</c>); every value in it is one of <see cref="Parameters"/>, numbered <c>$n</c> from the
/// first number the caller gave, in list order.
/// </summary>
sealed record CompiledFilter(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);
