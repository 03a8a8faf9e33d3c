namespace Zones.Server.Data.Roster;

public sealed partial class DirectoryEditor
{
    const string InsertUnitSql = """
        INSERT INTO zones.unit (township_code, code, name, kind, phone, parent_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
        """;

    const string InsertPersonSql = """
        INSERT INTO zones.person (township_code, code, name, title, phone, unit_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
        """;

    const string LockUnitSql = "SELECT township_code FROM zones.unit WHERE id = $1 AND retired_at IS NULL FOR UPDATE";

    const string LockPersonSql = "SELECT township_code FROM zones.person WHERE id = $1 AND retired_at IS NULL FOR UPDATE";

    // A null value leaves the column as it is; an optional column sent as null is emptied ($n "cleared").
    const string UpdateUnitSql = """
        UPDATE zones.unit SET code = coalesce($2, code), name = coalesce($3, name), kind = coalesce($4, kind),
               phone = CASE WHEN $6 THEN NULL ELSE coalesce($5, phone) END
        WHERE id = $1
        """;

    const string UpdatePersonSql = """
        UPDATE zones.person SET code = coalesce($2, code), name = coalesce($3, name),
               title = CASE WHEN $5 THEN NULL ELSE coalesce($4, title) END,
               phone = CASE WHEN $7 THEN NULL ELSE coalesce($6, phone) END,
               unit_id = CASE WHEN $9 THEN NULL ELSE coalesce($8, unit_id) END
        WHERE id = $1
        """;

    // 包联 not ended yet: in force now or starting later.
    const string PersonAssignmentsSql = "SELECT count(*) FROM zones.assignment WHERE person_id = $1 AND (valid_to IS NULL OR valid_to > now())";

    const string UnitAssignmentsSql = "SELECT count(*) FROM zones.assignment WHERE unit_id = $1 AND (valid_to IS NULL OR valid_to > now())";

    const string RetireUnitSql = "UPDATE zones.unit SET retired_at = now() WHERE id = $1";

    const string RetirePersonSql = "UPDATE zones.person SET retired_at = now() WHERE id = $1";
}
