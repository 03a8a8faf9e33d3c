namespace Zones.Server.Data.Admin;

public sealed partial class AccountStore
{
    const string UserColumns = """
        u.id, u.username, u.display_name, u.role, u.township_code, u.county_code, u.person_id, u.unit_id,
        u.created_at, u.disabled_at, u.must_change_password, u.last_sign_in_at
        """;

    // zones.scope_covers (0013) is the rule of whose accounts an admin sees: those within their scope.
    const string ListUsersSql = $"""
        SELECT {UserColumns} FROM zones.app_user u
        WHERE zones.scope_covers($1, $2, u.township_code, u.county_code)
          AND ($3::text IS NULL OR u.township_code = $3) AND ($4 OR u.disabled_at IS NULL)
        ORDER BY lower(u.username)
        """;

    const string UserByIdSql = $"SELECT {UserColumns}, zones.may_manage(u.township_code, u.county_code) FROM zones.app_user u WHERE u.id = $1 FOR UPDATE";

    const string UserIdSql = "SELECT id FROM zones.app_user WHERE lower(username) = lower($1)";

    const string CountyExistsSql = "SELECT EXISTS (SELECT 1 FROM zones.county WHERE code = $1)";

    const string TownshipExistsSql = "SELECT EXISTS (SELECT 1 FROM zones.township WHERE division_code = $1)";

    // A cadre's person or unit lies in the account's scope (a person of another township is no one's here).
    const string OwnerInScopeSql = """
        SELECT EXISTS (SELECT 1 FROM zones.person p WHERE p.id = $3 AND zones.scope_covers($1, $2, p.township_code, NULL))
           OR $3 IS NULL,
               EXISTS (SELECT 1 FROM zones.unit n WHERE n.id = $4 AND zones.scope_covers($1, $2, n.township_code, NULL))
           OR $4 IS NULL
        """;

    const string CreateUserSql = """
        INSERT INTO zones.app_user (township_code, county_code, username, display_name, role, password_hash, person_id, unit_id,
                                    must_change_password)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true)
        ON CONFLICT (lower(username)) DO NOTHING
        RETURNING id
        """;

    const string UpdateUserSql = """
        UPDATE zones.app_user SET display_name = coalesce($2, display_name), role = coalesce($3, role),
                                  person_id = CASE WHEN $4 THEN $5 ELSE person_id END,
                                  unit_id = CASE WHEN $6 THEN $7 ELSE unit_id END
        WHERE id = $1
        """;

    const string DisableUserSql = "UPDATE zones.app_user SET disabled_at = coalesce(disabled_at, now()) WHERE id = $1";

    const string EnableUserSql = "UPDATE zones.app_user SET disabled_at = NULL WHERE id = $1";

    // $3: whether the user must choose another password at the next sign-in (after an admin's reset).
    const string SetPasswordSql = "UPDATE zones.app_user SET password_hash = $2, must_change_password = $3 WHERE id = $1";

    const string KeyColumns = """
        k.id, k.name, k.role, k.township_code, k.county_code, coalesce(k.key_prefix, ''), k.created_at, k.last_used_at, k.revoked_at
        """;

    const string ListKeysSql = $"""
        SELECT {KeyColumns} FROM zones.api_key k
        WHERE zones.scope_covers($1, $2, k.township_code, k.county_code)
          AND ($3::text IS NULL OR k.township_code = $3) AND ($4 OR k.revoked_at IS NULL)
        ORDER BY k.id
        """;

    const string KeyByIdSql = $"SELECT {KeyColumns}, zones.may_manage(k.township_code, k.county_code) FROM zones.api_key k WHERE k.id = $1 FOR UPDATE";

    const string RevokeKeySql = "UPDATE zones.api_key SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1";
}
