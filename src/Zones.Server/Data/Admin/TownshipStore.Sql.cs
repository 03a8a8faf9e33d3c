namespace Zones.Server.Data.Admin;

public sealed partial class TownshipStore
{
    const string Columns = "t.division_code, t.name, t.county_code, c.name, t.is_public, t.retired_at, t.created_at";

    const string ListSql = $"""
        SELECT {Columns} FROM zones.township t JOIN zones.county c ON c.code = t.county_code
        WHERE t.division_code = ANY($1) AND ($2 OR t.retired_at IS NULL) AND ($3::text IS NULL OR t.county_code = $3)
        ORDER BY t.division_code
        """;

    const string ByCodeSql = $"SELECT {Columns} FROM zones.township t JOIN zones.county c ON c.code = t.county_code WHERE t.division_code = $1";

    const string CountiesSql = """
        SELECT c.code, coalesce(c.name, c.code) FROM zones.county c
        WHERE EXISTS (SELECT 1 FROM zones.township t WHERE t.county_code = c.code AND t.division_code = ANY($1))
        ORDER BY c.code
        """;

    const string MayManageSql = "SELECT zones.may_manage($1, $2)";

    // A name given replaces the county's name; none keeps it.
    const string UpsertCountySql = """
        INSERT INTO zones.county (code, name) VALUES ($1, $2)
        ON CONFLICT (code) DO UPDATE SET name = coalesce(EXCLUDED.name, zones.county.name)
        """;

    const string InsertSql = """
        INSERT INTO zones.township (division_code, county_code, name, is_public) VALUES ($1, $2, $3, $4)
        ON CONFLICT (division_code) DO NOTHING
        """;

    const string UpdateSql = """
        UPDATE zones.township SET name = coalesce($2, name), is_public = coalesce($3, is_public) WHERE division_code = $1
        """;

    const string RetireSql = "UPDATE zones.township SET retired_at = now() WHERE division_code = $1 AND retired_at IS NULL";
}
