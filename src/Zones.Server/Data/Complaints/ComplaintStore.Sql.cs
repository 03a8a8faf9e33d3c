namespace Zones.Server.Data.Complaints;

// The SQL of ComplaintStore. Every read of a case selects the same columns (ReadComplaint reads them
// in this order); the category name is the township's own row when it has one, else the default.
// The last note is the handling's: a fold (并案) or split (拆分) note is about reporters, not the
// handling (Open311 shows the last note as status_notes).
sealed partial class ComplaintStore
{
    const string SelectSql = """
        SELECT c.id, c.township_code, c.case_number, ST_X(c.geom), ST_Y(c.geom), c.category_kind, c.category_code,
               cat.name, c.source, c.description, c.address, c.urgency, c.asset_id, a.identifier, c.zone_id, z.name,
               c.first_responsible_person_id, c.first_responsible_unit_id, c.responsible_person_id, p.name,
               c.responsible_unit_id, u.name, c.stage, c.reported_at, c.stage_deadline, c.deadline, c.disposed_at,
               c.closed_at, c.updated_at, c.rework_count, c.extension_count, c.reporter_name, c.reporter_phone,
               c.external_id, c.media_url, c.version, ev.note, zones.complaint_is_open(c.stage), c.reporter_count,
               zones.public_case_id(c.township_code, c.case_number), pn.public_note
        FROM zones.complaint c
        LEFT JOIN LATERAL zones.category_of(c.township_code, c.category_kind, c.category_code) cat ON true
        LEFT JOIN zones.asset a ON a.township_code = c.township_code AND a.id = c.asset_id
        LEFT JOIN zones.zone z ON z.id = c.zone_id
        LEFT JOIN zones.person p ON p.id = c.responsible_person_id
        LEFT JOIN zones.unit u ON u.id = c.responsible_unit_id
        LEFT JOIN LATERAL (
          SELECT e.note FROM zones.complaint_event e
          WHERE e.township_code = c.township_code AND e.complaint_id = c.id AND e.note IS NOT NULL AND e.action NOT IN ('fold', 'split')
          ORDER BY e.at DESC, e.id DESC LIMIT 1) ev ON true
        LEFT JOIN LATERAL (
          SELECT e.public_note FROM zones.complaint_event e
          WHERE e.township_code = c.township_code AND e.complaint_id = c.id AND e.public_note IS NOT NULL
          ORDER BY e.at DESC, e.id DESC LIMIT 1) pn ON true
        """;

    // With the township ($2) the case, its asset and its last note are each read in one partition
    // (migration 0025); without it (a caller with the id only), in every township's partition.
    const string FindSql = SelectSql + "\nWHERE c.id = $1 AND ($2::text IS NULL OR c.township_code = $2)";

    // Npgsql sends unnamed statements planned with the actual values, so "$n IS NULL OR …" folds away
    // and the (township_code, reported_at) index still answers the common filters. Public ids are
    // resolved by zones.case_by_public_id (migration 0028), the one inverse of zones.public_case_id.
    const string ListSql = SelectSql + """

        WHERE ($1::text[] IS NULL OR c.id IN (
                SELECT m.complaint_id FROM unnest($1::text[]) q (public_id), zones.case_by_public_id(q.public_id, $9::text[]) m))
          AND ($2::text[] IS NULL OR (c.category_kind, c.category_code) IN (SELECT * FROM unnest($2::text[], $3::text[])))
          AND ($4::timestamptz IS NULL OR c.reported_at >= $4)
          AND ($5::timestamptz IS NULL OR c.reported_at < $5)
          AND ($6::boolean IS NULL OR zones.complaint_is_open(c.stage) <> $6)
          AND ($10::text IS NULL OR c.stage = $10)
          AND c.township_code = ANY($9::text[])
        ORDER BY c.reported_at DESC, c.id DESC
        LIMIT $7 OFFSET $8
        """;

    // Which townships hold a case number: the full ids to offer when a plain number is ambiguous.
    const string HoldersSql = """
        SELECT zones.public_case_id(township_code, case_number) FROM zones.complaint
        WHERE case_number = $1 AND township_code = ANY($2::text[]) ORDER BY 1
        """;

    // Waits for concurrent transitions of the same case: they run one after the other, and the
    // second one reads the first one's version.
    // $2: the actor's own township when it has one (one partition is searched), else NULL; the
    // scope itself is checked after, on the row found.
    const string LockSql = """
        SELECT version, township_code FROM zones.complaint
        WHERE id = $1 AND ($2::text IS NULL OR township_code = $2) FOR UPDATE
        """;

    const string ShelvedFromSql = """
        SELECT from_stage FROM zones.complaint_event
        WHERE township_code = $2 AND complaint_id = $1 AND action = 'shelve' ORDER BY at DESC, id DESC LIMIT 1
        """;

    // The signer's name rides along in the same statement (a loader's batch stays one query): the
    // person recorded with the step, else the person of the account of that login (lower(username)
    // is app_user_username_key's expression, so each step is an index probe), else its display name.
    const string EventsSql = """
        SELECT e.id, e.action, e.from_stage, e.to_stage, e.actor, e.note, e.deadline, e.at, e.complaint_id,
               coalesce(p.name, up.name, u.display_name), e.public_note
        FROM zones.complaint_event e
        LEFT JOIN zones.person p ON p.id = e.actor_person_id
        LEFT JOIN zones.app_user u ON lower(u.username) = lower(e.actor)
        LEFT JOIN zones.person up ON up.id = u.person_id
        WHERE e.complaint_id = ANY($1) ORDER BY e.complaint_id, e.at, e.id
        """;

    const string AddEventSql = """
        INSERT INTO zones.complaint_event (township_code, complaint_id, action, from_stage, to_stage, actor,
                                           actor_person_id, note, deadline, at, public_note)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    // The township predicate first: with complaint_event partitioned by township it names one partition.
    const string PublicNotesSql = """
        SELECT e.at, e.to_stage, e.public_note FROM zones.complaint_event e
        WHERE e.township_code = $1 AND e.complaint_id = $2 AND e.public_note IS NOT NULL
        ORDER BY e.at, e.id
        """;

    const string UpdateSql = """
        UPDATE zones.complaint
        SET stage = $2, stage_deadline = $3, deadline = $4, disposed_at = $5, closed_at = $6,
            responsible_person_id = $7, responsible_unit_id = $8, rework_count = $9, extension_count = $10,
            updated_at = $11, version = version + 1
        WHERE township_code = $12 AND id = $1
        """;
}
