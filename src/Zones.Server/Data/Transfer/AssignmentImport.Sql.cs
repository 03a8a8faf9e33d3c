namespace Zones.Server.Data.Transfer;

// The SQL of the 包联 import; $1 is the township code.
sealed partial class AssignmentImport
{
    const string Targets = """
        SELECT 'zone' AS kind, id, code, name, '片区' AS label FROM zones.zone WHERE township_code = $1 AND valid_to IS NULL
        UNION ALL SELECT 'road', id, code, name, '路段' FROM zones.road WHERE township_code = $1 AND retired_at IS NULL
        UNION ALL SELECT 'asset', id, identifier, coalesce(name, identifier), '部件' FROM zones.asset WHERE township_code = $1 AND retired_at IS NULL
        UNION ALL SELECT 'shop', id, code, name, '门店' FROM zones.shop WHERE township_code = $1 AND retired_at IS NULL
        """;

    public override string[] ResolveSql =>
    [
        "ANALYZE import_assignment",
        // Targets: by code, else by name, of the kind given or of any kind.
        $"""
        WITH r AS (SELECT DISTINCT target_kind AS kind_given, target AS ref FROM import_assignment),
        t AS ({Targets}),
        by_code AS (SELECT r.kind_given, r.ref, t.* FROM r JOIN t ON t.code = r.ref AND (r.kind_given IS NULL OR t.kind = r.kind_given)),
        by_name AS (SELECT r.kind_given, r.ref, t.* FROM r JOIN t ON t.name = r.ref AND (r.kind_given IS NULL OR t.kind = r.kind_given)
                    WHERE NOT EXISTS (SELECT 1 FROM by_code b WHERE b.kind_given IS NOT DISTINCT FROM r.kind_given AND b.ref = r.ref)),
        found AS (SELECT * FROM by_code UNION ALL SELECT * FROM by_name)
        INSERT INTO import_target_ref (kind_given, ref, kind, id, code, matches, candidates)
        SELECT r.kind_given, r.ref, min(f.kind), min(f.id), min(f.code), count(f.id)::integer,
               string_agg(f.label || '“' || f.name || '”（编码 ' || f.code || '）', '、' ORDER BY f.kind, f.code)
        FROM r LEFT JOIN found f ON f.kind_given IS NOT DISTINCT FROM r.kind_given AND f.ref = r.ref
        GROUP BY r.kind_given, r.ref
        """,
        // People: by code, else by name (in the unit given, by its code or name).
        """
        WITH r AS (SELECT DISTINCT person AS ref, unit FROM import_assignment WHERE person IS NOT NULL),
        p AS (SELECT p.id, p.code, p.name, u.code AS ucode, u.name AS uname FROM zones.person p
              LEFT JOIN zones.unit u ON u.id = p.unit_id WHERE p.township_code = $1 AND p.retired_at IS NULL),
        by_code AS (SELECT r.ref, r.unit AS given, p.* FROM r JOIN p ON p.code = r.ref),
        by_name AS (SELECT r.ref, r.unit AS given, p.* FROM r JOIN p ON p.name = r.ref AND (r.unit IS NULL OR r.unit IN (p.ucode, p.uname))
                    WHERE NOT EXISTS (SELECT 1 FROM by_code b WHERE b.ref = r.ref)),
        found AS (SELECT * FROM by_code UNION ALL SELECT * FROM by_name)
        INSERT INTO import_person_ref (ref, unit, id, code, matches, candidates)
        SELECT r.ref, r.unit, min(f.id), min(f.code), count(f.id)::integer,
               string_agg(f.name || '（' || coalesce(f.uname, '无单位') || '，编码 ' || f.code || '）', '、' ORDER BY f.code)
        FROM r LEFT JOIN found f ON f.ref = r.ref AND f.given IS NOT DISTINCT FROM r.unit
        GROUP BY r.ref, r.unit
        """,
        // Units own only where no person is given.
        ImportRefs.UnitRefSql("SELECT unit FROM import_assignment WHERE person IS NULL"),
        // The resolved target and owner, and when the assignment starts (for a new one: the date given, else now).
        """
        UPDATE import_assignment s SET kind = tr.kind, target_id = CASE WHEN tr.matches = 1 THEN tr.id END, target_code = tr.code,
          person_id = CASE WHEN pr.matches = 1 THEN pr.id END, unit_id = ur.id,
          owner_code = CASE WHEN s.person IS NOT NULL THEN pr.code ELSE uu.code END,
          start = coalesce(s.valid_from::timestamp AT TIME ZONE 'Asia/Shanghai', now())
        FROM import_assignment x
        LEFT JOIN import_target_ref tr ON tr.kind_given IS NOT DISTINCT FROM x.target_kind AND tr.ref = x.target
        LEFT JOIN import_person_ref pr ON pr.ref = x.person AND pr.unit IS NOT DISTINCT FROM x.unit
        LEFT JOIN import_unit_ref ur ON x.person IS NULL AND ur.ref = x.unit
        LEFT JOIN zones.unit uu ON uu.id = ur.id
        WHERE x.row = s.row AND $1 IS NOT NULL
        """,
    ];

    // Two primary owners of one target from the same day cannot both hold it (a later one hands over).
    public override string ChecksSql => $"""
        SELECT s.row, 'target', s.target, CASE WHEN t.matches > 1 THEN 'target_ambiguous' ELSE 'target_not_found' END,
               CASE WHEN t.matches > 1 THEN t.candidates
                    WHEN s.kind IS NULL AND s.target_kind IS NULL THEN '片区、路段、部件或门店 zone, road, asset or shop'
                    ELSE CASE s.target_kind WHEN 'zone' THEN '片区 zone' WHEN 'road' THEN '路段 road'
                              WHEN 'asset' THEN '部件 asset' ELSE '门店 shop' END END
        FROM import_assignment s JOIN import_target_ref t ON t.kind_given IS NOT DISTINCT FROM s.target_kind AND t.ref = s.target
        WHERE s.target_id IS NULL
        UNION ALL
        SELECT s.row, 'person', s.person, CASE WHEN p.matches > 1 THEN 'person_ambiguous' ELSE 'person_not_found' END,
               CASE WHEN p.matches > 1 THEN p.candidates WHEN s.unit IS NOT NULL THEN '（单位“' || s.unit || '”）' ELSE '' END
        FROM import_assignment s JOIN import_person_ref p ON p.ref = s.person AND p.unit IS NOT DISTINCT FROM s.unit
        WHERE s.person_id IS NULL
        UNION ALL
        {ImportRefs.UnitRefChecksSql("import_assignment", "unit", "s.person IS NULL")}
        UNION ALL
        SELECT b.row, 'target', b.target, 'primary_twice', '第 ' || a.row || ' 行 row ' || a.row
        FROM import_assignment a JOIN import_assignment b
          ON b.kind = a.kind AND b.target_id = a.target_id AND b.row > a.row AND (b.start AT TIME ZONE 'Asia/Shanghai')::date = (a.start AT TIME ZONE 'Asia/Shanghai')::date
        WHERE a.is_primary AND b.is_primary AND $1 IS NOT NULL
        ORDER BY 1
        """;

    // A primary owner of the target that starts on or after this row's start (and is not itself in the file) cannot be handed over to.
    public override string MatchChecksSql => """
        SELECT s.row, 'target', s.target, 'primary_later',
               string_agg(coalesce(p.name, u.name) || ' ' || to_char(a.valid_from AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), '、')
        FROM import_assignment s
        JOIN import_match m ON m.row = s.row
        LEFT JOIN zones.assignment e ON e.id = m.id
        JOIN zones.assignment a ON a.township_code = $1 AND a.is_primary AND a.target_kind = s.kind AND a.target_id = s.target_id
          AND a.id IS DISTINCT FROM m.id AND a.valid_from >= coalesce(e.valid_from, s.start)
          AND (s.valid_to IS NULL OR a.valid_from < s.valid_to::timestamp AT TIME ZONE 'Asia/Shanghai')
        LEFT JOIN zones.person p ON p.id = a.person_id
        LEFT JOIN zones.unit u ON u.id = a.unit_id
        WHERE s.is_primary AND NOT EXISTS (SELECT 1 FROM import_match x WHERE x.id = a.id)
        GROUP BY s.row, s.target
        ORDER BY 1
        """;

    // 交接: every primary of the file ends the target's earlier primary owners still holding it when it starts.
    const string HandoverSql = """
        UPDATE zones.assignment a SET valid_to = h.start
        FROM (SELECT s.kind, s.target_id, m.id, coalesce(e.valid_from, s.start) AS start
              FROM import_assignment s JOIN import_match m ON m.row = s.row
              LEFT JOIN zones.assignment e ON e.id = m.id
              WHERE s.is_primary AND m.action <> 'same') h
        WHERE a.township_code = $1 AND a.is_primary AND a.target_kind = h.kind AND a.target_id = h.target_id
          AND a.id IS DISTINCT FROM h.id AND a.valid_from < h.start AND (a.valid_to IS NULL OR a.valid_to > h.start)
        """;

    const string UpdateSql = """
        UPDATE zones.assignment t SET {0}
        FROM import_assignment s JOIN import_match m ON m.row = s.row
        WHERE t.id = m.id AND m.action = 'change' AND $1 IS NOT NULL
        """;

    // A new primary ends where the next primary of the same target in the file starts, unless it has its own end.
    const string InsertSql = """
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, road_id, asset_id, shop_id, person_id, unit_id,
                                      role, is_primary, valid_from, valid_to, note)
        SELECT $1, s.kind, CASE s.kind WHEN 'zone' THEN s.target_id END, CASE s.kind WHEN 'road' THEN s.target_id END,
               CASE s.kind WHEN 'asset' THEN s.target_id END, CASE s.kind WHEN 'shop' THEN s.target_id END,
               s.person_id, CASE WHEN s.person_id IS NULL THEN s.unit_id END, s.role, s.is_primary, s.start,
               coalesce(s.valid_to::timestamp AT TIME ZONE 'Asia/Shanghai', CASE WHEN s.is_primary THEN n.next END), s.note
        FROM import_assignment s
        JOIN import_match m ON m.row = s.row AND m.action = 'add'
        LEFT JOIN LATERAL (SELECT min(o.start) AS next FROM import_assignment o
                           WHERE o.is_primary AND o.kind = s.kind AND o.target_id = s.target_id AND o.start > s.start) n ON true
        ORDER BY s.row
        """;
}
