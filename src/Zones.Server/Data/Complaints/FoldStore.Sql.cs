namespace Zones.Server.Data.Complaints;

// The SQL of FoldStore.
public sealed partial class FoldStore
{
    const string SettingsSql = """
        SELECT component_radius_m, event_radius_m, window_days, enabled, customised FROM zones.fold_settings($1)
        """;

    const string SaveSettingsSql = """
        INSERT INTO zones.complaint_fold_setting AS s (township_code, component_radius_m, event_radius_m, window_days, enabled)
        VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (township_code) DO UPDATE
        SET component_radius_m = excluded.component_radius_m, event_radius_m = excluded.event_radius_m,
            window_days = excluded.window_days, enabled = excluded.enabled, updated_at = now()
        """;

    const string DropSettingsSql = "DELETE FROM zones.complaint_fold_setting WHERE township_code = $1";

    // A transaction-level advisory lock on (township, category): taken before the search, released at
    // commit, so the second of two simultaneous intakes searches after the first one's case is
    // committed (READ COMMITTED takes a new snapshot per statement). Intakes of other categories or
    // townships do not wait. The case counter (IntakeStore.NextSerialSql) serialises a township's
    // intakes only later, after the search, which is too late to see the other case.
    const string LockCategorySql = "SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))";

    // $1 township, $2/$3 category, $4/$5 lon/lat, $6 radius (m), $7 earliest report time, $8 given asset.
    // The box test (&&) on complaint_open_geom_idx, the partial GiST index of open cases (its predicate
    // is what zones.complaint_is_open inlines to), finds the few candidates; the box is the radius in
    // degrees, widened by 1/cos(lat) in longitude and a little more than the metres of a degree
    // anywhere (≥ 110.5 km of latitude), so it never cuts the circle. The geography distance (on the
    // spheroid, right anywhere in China) then decides and ranks. FOR UPDATE holds the case until the
    // intake commits: a 结案 or 作废 running at the same time waits, or, having won, makes the
    // re-checked row drop out of the result.
    const string FindOpenCaseSql = """
        SELECT c.id
        FROM zones.complaint c, (SELECT ST_SetSRID(ST_MakePoint($4, $5), 4326) AS g) pt
        WHERE c.township_code = $1 AND c.category_kind = $2 AND c.category_code = $3
          AND zones.complaint_is_open(c.stage)
          AND c.reported_at >= $7
          AND c.geom && ST_Expand(ST_SetSRID(ST_MakePoint($4, $5), 4326),
                                  $6 / 110000.0 / greatest(cos(radians($5)), 0.01), $6 / 110000.0)
          AND ST_DWithin(c.geom::geography, pt.g::geography, $6)
          AND ($8::bigint IS NULL OR c.asset_id IS NULL OR c.asset_id = $8)
        ORDER BY ST_Distance(c.geom::geography, pt.g::geography), c.id
        LIMIT 1
        FOR UPDATE OF c
        """;

    const string AddReportSql = """
        INSERT INTO zones.complaint_report (township_code, complaint_id, geom, source, description, address, urgency, asset_id,
          reporter_name, reporter_phone, reporter_email, external_id, media_url, reported_at, actor)
        VALUES ($1, $2, ST_SetSRID(ST_MakePoint($3, $4), 4326), $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        RETURNING id
        """;

    const string AddReporterSql = """
        UPDATE zones.complaint SET reporter_count = reporter_count + 1
        WHERE township_code = $1 AND id = $2
        RETURNING reporter_count
        """;

    const string RemoveReporterSql = """
        UPDATE zones.complaint SET reporter_count = reporter_count - 1, version = version + 1, updated_at = $3
        WHERE township_code = $1 AND id = $2
        """;

    // Every read of a report selects these columns in this order (FoldStore.Read).
    const string SelectReportSql = """
        SELECT r.id, r.township_code, r.complaint_id, ST_X(r.geom), ST_Y(r.geom), r.source, r.description, r.address,
               r.urgency, r.asset_id, r.reporter_name, r.reporter_phone, r.reporter_email, r.external_id, r.media_url,
               r.reported_at, r.actor, r.folded_at, r.split_complaint_id, ST_Distance(r.geom::geography, c.geom::geography)
        FROM zones.complaint_report r
        JOIN zones.complaint c ON c.township_code = r.township_code AND c.id = r.complaint_id
        """;

    const string LockReportSql = SelectReportSql + "\nWHERE r.id = $1\nFOR UPDATE OF r";

    const string ReportsSql = SelectReportSql + """

        WHERE r.complaint_id = ANY($1) AND r.split_complaint_id IS NULL
        ORDER BY r.complaint_id, r.reported_at, r.id
        """;

    const string MarkSplitSql = """
        UPDATE zones.complaint_report SET split_complaint_id = $3, split_at = $4, split_by = $5
        WHERE township_code = $1 AND id = $2
        """;
}
