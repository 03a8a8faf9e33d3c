using Queryable = Zones.Server.Data.Queryable;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>A compiled operand: its SQL, its type, and the queryable it reads (for coded values and messages).</summary>
sealed record Cql2Value(string Sql, Cql2Type Type, Queryable? Property = null);
