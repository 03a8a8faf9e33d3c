#!/usr/bin/env bash
# Hot paths of issue #12, server against the very SQL it runs, interleaved: for each case and each
# concurrency, `wrk` on the server then `pgbench` on the statement, and the ratio server/SQL.
# Needs a server on BENCH_URL over a copy of the county data with every township public
# (UPDATE zones.township SET is_public = true on the copy), and BENCH_DB naming that copy.
#   BENCH_URL=http://127.0.0.1:5094 BENCH_DB=zones_county_hotpath bench/hotpath/run.sh
set -euo pipefail
cd "$(dirname "$0")"
URL=${BENCH_URL:-http://127.0.0.1:5094}
DB=${BENCH_DB:-zones_county_hotpath}
SECONDS_EACH=${BENCH_SECONDS:-8}
export PGPASSWORD=${PGPASSWORD:-zones}
PG=(-h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-54340}" -U "${PGUSER:-zones}")

wrk_rate() { env $3 wrk -t1 -c"$1" -d"${SECONDS_EACH}s" -s request.lua "$URL$2" | awk '/Requests\/sec/ {print $2}'; }
# Tile statements run on the server's tile pool, whose sessions plan no parallel workers (TileDatabase).
sql_rate() { PGOPTIONS=$3 pgbench "${PG[@]}" -n -M extended -f "$1" -c "$2" -j 1 -T "$SECONDS_EACH" "$DB" 2>/dev/null | awk '/^tps/ {print $3}'; }

# name | wrk env | path | sql file
run_case() {
  local name=$1 env=$2 path=$3 sql=$4
  for c in 1 8; do
    local load server raw
    load=$(awk '{print $1}' /proc/loadavg)
    server=$(wrk_rate "$c" "$path" "$env")
    raw=$(sql_rate "$sql" "$c" "$([[ $sql == tile-* ]] && echo '-c max_parallel_workers_per_gather=0')")
    printf '%-28s c=%d  server %8.1f req/s  SQL %8.1f tps  server/SQL %.2f  (load %s)\n' "$name" "$c" "$server" "$raw" \
      "$(echo "$server / $raw" | bc -l)" "$load"
  done
}

etag=$(curl -s -D - -o /dev/null "$URL/tiles/assets/14/13661/6702.mvt" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
for round in $(seq 1 "${BENCH_ROUNDS:-2}"); do
  echo "== round $round, $(uptime)"
  run_case "nearest 50 assets" "BENCH_BODY=nearest.json" /graphql nearest.sql
  run_case "assets in zone + count" "BENCH_BODY=within.json" /graphql within.sql
  run_case "tile assets z14" "BENCH_PATH=/tiles/assets/14/13661/6702.mvt" "" tile-assets-z14.sql
  run_case "tile roads z14" "BENCH_PATH=/tiles/roads/14/13661/6702.mvt" "" tile-roads-z14.sql
  run_case "tile assets z14, 304" "BENCH_PATH=/tiles/assets/14/13661/6702.mvt BENCH_ETAG=$etag" "" tile-revision-assets.sql
done
