#!/usr/bin/env bash
# Partition layouts compared on the county (1M complaints), for docs/scale-out.md: the heat-map and
# indicator statements (heatmap.sql, indicators.sql) on
#   plain  – zones.complaint / complaint_point unpartitioned (a database at migration 0024, BENCH_PLAIN_DB)
#   hash8  – copies in schema bench_hash of that database, PARTITION BY HASH (township_code) × 8
#   list   – migration 0025 (BENCH_LIST_DB): one partition per township
# interleaved, 3 runs each, load average printed with each figure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-54340}" PGUSER="${PGUSER:-zones}" PGPASSWORD="${PGPASSWORD:-zones}"
plain="${BENCH_PLAIN_DB:-zones_county_p0}" list="${BENCH_LIST_DB:-zones_county_partition}"
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

if [ -z "$(psql -d "$plain" -XAtc "SELECT 1 FROM pg_namespace WHERE nspname = 'bench_hash'")" ]; then
  say "building bench_hash (8 hash partitions) in $plain"
  psql -d "$plain" -Xq -v ON_ERROR_STOP=1 <<'SQL'
CREATE SCHEMA bench_hash;
CREATE TABLE bench_hash.complaint (LIKE zones.complaint) PARTITION BY HASH (township_code);
CREATE TABLE bench_hash.complaint_point (LIKE zones.complaint_point) PARTITION BY HASH (township_code);
DO $$ BEGIN FOR i IN 0..7 LOOP
  EXECUTE format('CREATE TABLE bench_hash.complaint_%s PARTITION OF bench_hash.complaint FOR VALUES WITH (MODULUS 8, REMAINDER %s)', i, i);
  EXECUTE format('CREATE TABLE bench_hash.complaint_point_%s PARTITION OF bench_hash.complaint_point FOR VALUES WITH (MODULUS 8, REMAINDER %s)', i, i);
END LOOP; END $$;
INSERT INTO bench_hash.complaint SELECT * FROM zones.complaint;
INSERT INTO bench_hash.complaint_point SELECT * FROM zones.complaint_point;
CREATE INDEX ON bench_hash.complaint (township_code, stage, reported_at);
CREATE INDEX ON bench_hash.complaint (township_code, reported_at);
CREATE INDEX ON bench_hash.complaint_point (township_code, stage, reported_at);
ANALYZE bench_hash.complaint, bench_hash.complaint_point;
SQL
fi
one="$(psql -d "$list" -XAtc "SELECT township_code FROM zones.complaint GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")"
county="$(psql -d "$list" -XAtc "SELECT array_agg(division_code ORDER BY division_code) FROM zones.township")"
# The statements read the last 365 days. A list database grown to 5M by run.sh holds the loaded set
# (≤ 91 days old at loading) and copies ≥ 100 days older: BENCH_WINDOW_DAYS=loaded makes every layout
# read exactly the loaded set, so plain (1M rows) and list (5M rows) compare the same cases.
window="${BENCH_WINDOW_DAYS:-365}"
if [ "$window" = loaded ]; then
  window="$(psql -d "$list" -XAtc "SELECT ceil(extract(epoch FROM now() - (max(reported_at) - interval '91 days')) / 86400)::int FROM zones.complaint")"
  say "window: the last $window days (the loaded set)"
fi
time_sql() { # db schema-sed file townships
  local sql plan
  sql="$(sed -e "s/:'townships'/'$4'/g" -e "s/interval '365 days'/interval '$window days'/g" -e "$2" "$here/$3.sql")"
  plan="$(psql -d "$1" -XAtqc "EXPLAIN (ANALYZE, FORMAT JSON) $sql")"
  echo "$plan" | jq -r '"\(.[0]["Planning Time"] + .[0]["Execution Time"] | floor) ms (plan \(.[0]["Planning Time"]) ms)"'
}
for file in heatmap indicators; do
  for scope in "{$one}" "$county"; do
    label="$file $([ "$scope" = "{$one}" ] && echo "one township" || echo "county")"
    for run in 1 2 3; do
      say "$label run $run: plain $(time_sql "$plain" 's/x/x/' $file "$scope"), hash8 $(time_sql "$plain" 's/zones\.complaint\(_point\)\? t/bench_hash.complaint\1 t/g' $file "$scope"), list $(time_sql "$list" 's/x/x/' $file "$scope") (load $(cut -d' ' -f1 /proc/loadavg))"
    done
  done
done
