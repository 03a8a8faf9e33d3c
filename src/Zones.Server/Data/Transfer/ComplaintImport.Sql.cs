namespace Zones.Server.Data.Transfer;

// The SQL of the complaint import; $1 is the township code, $2 (insert) the actor's name.
sealed partial class ComplaintImport
{
    public override string StageSql => """
        CREATE TEMP TABLE import_complaint (row integer, case_number text, category_kind text, category text,
          source text, stage text, urgency text, description text, address text, asset_identifier text,
          reported_at timestamptz, deadline timestamptz, closed_at timestamptz, reporter_name text,
          reporter_phone text, external_id text, geom geometry) ON COMMIT DROP;
        CREATE TEMP TABLE import_category_ref (kind_given text, ref text, kind text, code text, matches integer)
          ON COMMIT DROP;
        """;


    // A category is a code or a name of a category in force in the township (its own row, else the
    // shipped default: zones.categories_in_force); each distinct one in the file is resolved once.
    public override string[] ResolveSql =>
    [
        "ANALYZE import_complaint",
        """
        INSERT INTO import_category_ref (kind_given, ref, kind, code, matches)
        SELECT r.kind_given, r.ref, m.kind, m.code, m.matches
        FROM (SELECT DISTINCT category_kind, category FROM import_complaint) r (kind_given, ref)
        CROSS JOIN LATERAL (
          SELECT min(c.kind) AS kind, min(c.code) AS code, count(DISTINCT (c.kind, c.code))::integer AS matches
          FROM zones.categories_in_force($1) c
          WHERE (r.kind_given IS NULL OR c.kind = r.kind_given) AND (c.code = r.ref OR c.name = r.ref)) m
        """,
    ];

    public override string ChecksSql => $"""
        SELECT s.row, 'case_number', s.case_number, 'duplicate', NULL FROM import_complaint s
        WHERE EXISTS (SELECT 1 FROM zones.complaint c WHERE c.township_code = $1 AND c.case_number = s.case_number)
        UNION ALL
        SELECT s.row, 'category', s.category,
               CASE WHEN c.matches = 0 THEN 'category_not_found'
                    WHEN c.matches > 1 THEN 'category_ambiguous' ELSE 'category_mismatch' END, c.code
        FROM import_complaint s
        JOIN import_category_ref c ON c.kind_given IS NOT DISTINCT FROM s.category_kind AND c.ref = s.category
        WHERE c.matches <> 1 OR s.case_number IS NOT NULL AND substr(s.case_number, 1, 5)
              <> CASE c.kind WHEN 'component' THEN 'C' ELSE 'E' END || c.code
        UNION ALL
        SELECT s.row, 'asset_identifier', s.asset_identifier, 'asset_not_found', NULL FROM import_complaint s
        WHERE s.asset_identifier IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM zones.asset a WHERE a.township_code = $1 AND a.identifier = s.asset_identifier)
        UNION ALL
        {OutsideTownshipSql("import_complaint", "complaint")}
        ORDER BY 1
        """;

    // Case numbers not given are C/E + category + the China date reported + the next free
    // sequence of that prefix (13 characters) in the township and the file, at least 4 digits.
    // The zone and the first responsible party are found as at intake (migration 0010): zone_at, the
    // zone the point lies in; owner_or_fallback, the asset's own primary owner when the case was
    // reported, else the zone's, up the tree (属地兜底).
    const string InsertSql = """
        WITH src AS (
          SELECT s.*, c.kind, c.code, coalesce(s.reported_at, now()) AS at,
                 CASE c.kind WHEN 'component' THEN 'C' ELSE 'E' END || c.code
                   || to_char(coalesce(s.reported_at, now()) AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') AS prefix
          FROM import_complaint s
          JOIN import_category_ref c ON c.kind_given IS NOT DISTINCT FROM s.category_kind AND c.ref = s.category),
        used AS (
          SELECT left(n, 13) AS prefix, max(substr(n, 14)::bigint) AS seq
          FROM (SELECT case_number FROM zones.complaint WHERE township_code = $1
                UNION ALL SELECT case_number FROM import_complaint WHERE case_number IS NOT NULL) taken (n)
          WHERE left(n, 13) IN (SELECT prefix FROM src WHERE case_number IS NULL)
          GROUP BY 1),
        numbered AS (
          SELECT r.*, coalesce(r.case_number, r.prefix || lpad(seq.nr::text, greatest(4, length(seq.nr::text)), '0')) AS number
          FROM (SELECT src.*, row_number() OVER (PARTITION BY src.prefix, src.case_number IS NULL ORDER BY src.row) AS k
                FROM src) r
          LEFT JOIN used u ON u.prefix = r.prefix
          CROSS JOIN LATERAL (SELECT coalesce(u.seq, 0) + r.k AS nr) seq),
        placed AS (
          SELECT n.*, pt.g, a.id AS asset_id, z.id AS zone_id, o.person_id, o.unit_id
          FROM numbered n
          CROSS JOIN LATERAL (SELECT n.geom AS g) pt
          LEFT JOIN zones.asset a ON a.township_code = $1 AND a.identifier = n.asset_identifier
          LEFT JOIN LATERAL zones.zone_at($1, pt.g) z ON true
          LEFT JOIN LATERAL zones.owner_or_fallback('asset', a.id, z.id, n.at) o ON true),
        inserted AS (
          INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source,
            description, address, urgency, asset_id, zone_id, first_responsible_person_id, first_responsible_unit_id,
            responsible_person_id, responsible_unit_id, stage, reported_at, deadline, closed_at, reporter_name,
            reporter_phone, external_id)
          SELECT $1, p.number, p.g, p.kind, p.code, p.source, p.description, p.address, p.urgency, p.asset_id,
                 p.zone_id, p.person_id, p.unit_id, p.person_id, p.unit_id, p.stage, p.at, p.deadline, p.closed_at,
                 p.reporter_name, p.reporter_phone, p.external_id
          FROM placed p ORDER BY p.row
          RETURNING id, stage, reported_at)
        INSERT INTO zones.complaint_event (township_code, complaint_id, action, from_stage, to_stage, actor, note, at)
        SELECT $1, i.id, 'receive', NULL, i.stage, $2, '批量导入 bulk import', i.reported_at FROM inserted i
        """;
}
