namespace Zones.Server.Http.Ogc.Cql2;

// Placeholder for the cql2 branch's record (CONTRACT16.md); replaced when cql2 is merged.
sealed record CompiledFilter(string Sql, IReadOnlyList<Npgsql.NpgsqlParameter> Parameters);
