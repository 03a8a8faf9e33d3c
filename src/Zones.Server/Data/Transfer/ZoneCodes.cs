namespace Zones.Server.Data.Transfer;

/// <summary>
/// Codes for zones a file gives none (issue #11 §2): numbered under the division code of the parent,
/// in file order, after the highest serial already taken (in the township, retired zones included, or
/// in the file). The 12-digit 统计用区划代码 is 省2 市2 县2 乡镇3 村级3; digits 10–12 are the
/// village level, 1xx 居民委员会 and 2xx 村民委员会:
/// <list type="bullet">
/// <item>a village (村/社区) whose parent's first 12 digits end in 000 (the township, or a 片区 of it)
///   gets its own 12-digit code: the township's 9 digits + 201, 202 … — 101, 102 … when its name ends in
///   社区 or 居委会 (330522125000 → 330522125201);</item>
/// <item>any other zone (片区 under the township, 组/网格 under a village) gets the parent's code + a
///   3-digit serial from 001 (330522125201 → 330522125201001), as the demo's 15- and 18-digit codes.</item>
/// </list>
/// A row left without a code (serials used up, or a parent of 18 digits) is rejected by <see cref="UnnumberedSql"/>.
/// </summary>
static class ZoneCodes
{
    // $1 = township code.
    const string DeriveSql = """
        CREATE TEMP TABLE zone_code_derived ON COMMIT DROP AS
        WITH todo AS (
          SELECT s.row, s.parent_code, s.level = 'village' AND s.parent_code ~ '^[0-9]{9}000' AS in_division,
                 s.name ~ '(社区|居委会|居民委员会)$' AS urban
          FROM import_zone s WHERE s.code IS NULL AND s.parent_code IS NOT NULL),
        rule AS (
          SELECT row, CASE WHEN in_division THEN left(parent_code, 9) ELSE parent_code END AS prefix,
                 CASE WHEN NOT in_division THEN 1 WHEN urban THEN 101 ELSE 201 END AS lo,
                 CASE WHEN NOT in_division THEN 999 WHEN urban THEN 199 ELSE 299 END AS hi
          FROM todo),
        taken AS (SELECT code FROM import_zone WHERE code IS NOT NULL UNION SELECT code FROM zones.zone WHERE township_code = $1),
        numbered AS (
          SELECT r.row, r.prefix, r.hi,
                 coalesce((SELECT max(right(k.code, 3)::int) FROM taken k
                           WHERE length(k.code) = length(r.prefix) + 3 AND left(k.code, length(r.prefix)) = r.prefix
                             AND right(k.code, 3)::int BETWEEN r.lo AND r.hi), r.lo - 1)
                 + row_number() OVER (PARTITION BY r.prefix, r.lo ORDER BY r.row) AS serial
          FROM rule r)
        SELECT row, prefix || lpad(serial::text, 3, '0') AS code FROM numbered WHERE serial <= hi AND length(prefix) <= 15
        """;

    const string ApplySql = "UPDATE import_zone s SET code = d.code FROM zone_code_derived d WHERE d.row = s.row";

    const string DerivedSql = "SELECT row, code FROM zone_code_derived ORDER BY row";

    /// <summary>For the checks: rows still without a code.</summary>
    public const string UnnumberedSql = """
        SELECT s.row, 'code', NULL, 'code_not_derived', s.parent_code FROM import_zone s WHERE s.code IS NULL
        """;

    /// <summary>Numbers the staged rows without a code; each derived code is a warning, so a dry run shows it.</summary>
    public static async Task DeriveAsync(ImportSql sql, string townshipCode, ImportLog log)
    {
        await sql.ExecAsync(DeriveSql, townshipCode);
        await sql.ExecAsync(ApplySql);
        foreach (var (row, code) in await sql.ReadAsync(DerivedSql, r => (r.GetInt32(0), r.GetString(1))))
            log.Warn(row, "code", code, "CODE_DERIVED", $"未填编码，按上级区划代码编为 {code}",
                     $"no code given: numbered {code} under the parent's division code");
    }
}
