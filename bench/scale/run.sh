#!/usr/bin/env bash
# 5M complaints on the partitioned schema (issue #15 §3): grows a loaded county (the 1M set of
# bench/analysis, migrated to 0025) to BENCH_COMPLAINTS by COPYing its complaints again, each round
# shifted 100 days back (the set spans 90 days; the case number's date moves with it, so case numbers
# stay unique per township),
# then times the heat map and the indicators and prints their plans' partitions.
#
#   PGDATABASE=zones_county_partition bench/scale/run.sh         # PG* variables name the database
#   BENCH_COMPLAINTS=5000000 BENCH_TOWNSHIP=<code> bench/scale/run.sh
#
# Loading runs with session_replication_role = replica (no triggers, no foreign-key checks: the
# copied rows are copies of checked rows); the heat map's points are then filled in one statement.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-54340}" PGUSER="${PGUSER:-zones}" PGPASSWORD="${PGPASSWORD:-zones}"
export PGDATABASE="${PGDATABASE:-zones_county_partition}"
target="${BENCH_COMPLAINTS:-5000000}"
q() { psql -XAtqc "$1"; }
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

say "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$(q "SELECT relkind FROM pg_class WHERE oid = 'zones.complaint'::regclass")" = p ] \
  || { echo "zones.complaint is not partitioned: migrate the database to 0025 first" >&2; exit 1; }
cols="township_code, case_number, geom, category_kind, category_code, source, description, address, urgency, asset_id, zone_id,
      first_responsible_person_id, first_responsible_unit_id, responsible_person_id, responsible_unit_id, stage, reported_at,
      stage_deadline, deadline, disposed_at, closed_at, updated_at, rework_count, extension_count, reporter_name,
      reporter_phone, external_id, version, media_url, reporter_email"
base_max="$(q "SELECT max(id) FROM zones.complaint WHERE reported_at >= (SELECT max(reported_at) - interval '91 days' FROM zones.complaint)")"  # the loaded set
# Each earlier round added one copy of the loaded set: a resumed run goes on with the next shift.
round="$(q "SELECT count(*) / (SELECT count(*) FROM zones.complaint WHERE id <= $base_max) FROM zones.complaint")"
while [ "$(q "SELECT count(*) FROM zones.complaint")" -lt "$target" ]; do
  have="$(q "SELECT count(*) FROM zones.complaint")"
  need=$((target - have))
  shift="$((round * 100)) days"
  say "round $round: $have complaints, COPY $need more (shifted $shift back)"
  start=$(date +%s.%N)
  psql -XAtqc "COPY (
      SELECT township_code,
             left(case_number, 5) || to_char(to_date(substr(case_number, 6, 8), 'YYYYMMDD') - interval '$shift', 'YYYYMMDD')
               || substr(case_number, 14),
             geom, category_kind, category_code, source, description, address, urgency, asset_id, zone_id,
             first_responsible_person_id, first_responsible_unit_id, responsible_person_id, responsible_unit_id, stage,
             reported_at - interval '$shift', stage_deadline - interval '$shift', deadline - interval '$shift',
             disposed_at - interval '$shift', closed_at - interval '$shift', updated_at - interval '$shift',
             rework_count, extension_count, reporter_name, reporter_phone, NULL, version, media_url, reporter_email
      FROM zones.complaint WHERE id <= $base_max ORDER BY township_code, id LIMIT $need) TO STDOUT (FORMAT binary)" \
  | PGOPTIONS="-c session_replication_role=replica" psql -XAtqc "COPY zones.complaint ($cols) FROM STDIN (FORMAT binary)"
  say "round $round COPY: $(echo "$(date +%s.%N) - $start" | bc) s"
  round=$((round + 1))
done
start=$(date +%s.%N)
[ "$(q "SELECT count(*) FROM zones.complaint_point")" -lt "$(q "SELECT count(*) FROM zones.complaint")" ] && q "INSERT INTO zones.complaint_point
   SELECT c.id, c.township_code, c.stage, c.reported_at, c.category_kind, c.category_code, c.source, c.zone_id,
          c.deadline, c.closed_at, ST_X(c.geom), ST_Y(c.geom), f.srid, ST_X(p.g), ST_Y(p.g)
   FROM zones.complaint c
   JOIN (SELECT division_code AS code, zones.township_metric_srid(division_code) AS srid FROM zones.township) f ON f.code = c.township_code
   CROSS JOIN LATERAL (SELECT ST_Transform(c.geom, f.srid) AS g) p
   WHERE NOT EXISTS (SELECT 1 FROM zones.complaint_point x WHERE x.township_code = c.township_code AND x.complaint_id = c.id)"
q "VACUUM (ANALYZE) zones.complaint"; q "VACUUM (ANALYZE) zones.complaint_point"  # VACUUM refuses a multi-statement -c
say "heat-map points and analyze: $(echo "$(date +%s.%N) - $start" | bc) s"

township="${BENCH_TOWNSHIP:-$(q "SELECT township_code FROM zones.complaint GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")}"
county="$(q "SELECT array_agg(division_code ORDER BY division_code) FROM zones.township WHERE retired_at IS NULL")"
say "$(q "SELECT count(*) FROM zones.complaint") complaints; $(q "SELECT count(*) FROM zones.complaint WHERE township_code = '$township'") in township $township"
for scope in "{$township}" "$county"; do
  for file in heatmap indicators; do
    label="$file $([ "$scope" = "{$township}" ] && echo "one township" || echo "county")"
    for run in 1 2 3; do
      sql="$(sed -e "s/:'townships'/'$scope'/g" "$here/$file.sql")"
      plan="$(psql -XAtqc "EXPLAIN (ANALYZE, FORMAT JSON) $sql")"
      ms="$(echo "$plan" | jq '.[0]["Execution Time"] + .[0]["Planning Time"]')"
      parts="$(echo "$plan" | jq '[.. | objects | select(."Relation Name"? and (."Actual Loops" > 0)) | ."Relation Name"
                                   | select(test("^complaint(_point)?_[0-9]{12}$"))] | unique | length')"
      say "$label run $run: $ms ms, partitions scanned: $parts (load $(cut -d' ' -f1 /proc/loadavg))"
    done
  done
done
