#!/usr/bin/env bash
# Scale-out of reads (issue #15): the county data set (20 townships, 200k assets, 1M complaints) on a
# primary with a streaming standby; one server instance vs two, each behind its own nginx, every instance
# reading from the standby; a mixed read workload with wrk (GraphQL lists, vector tiles, the heat map:
# mix.lua over the request file made here), rounds interleaved (one, two, one, two …) so machine load
# hits both alike. Prints req/s and latency per run with the load average, the CPU each part used
# (standby, primary, instances, nginx, in cores), and the two/one ratio of every round.
#   bench/scaleout/run.sh
#   BENCH_COPY_FROM=postgresql://zones:zones@127.0.0.1:54340/zones_county bench/scaleout/run.sh
# BENCH_COPY_FROM copies an existing county database (pg_dump | pg_restore) instead of generating one.
# BENCH_SECONDS (20) per run, BENCH_ROUNDS (3), BENCH_CONNECTIONS ("8 32"), BENCH_PGPORT (54379; the
# standby one above), BENCH_PORTS ("5180 5181 5190 5191": instance A, instance B, nginx in front of A alone,
# nginx in front of both). A copy lacks the seven UPDATE triggers whose WHEN clause pg_restore cannot replay
# (geometry IS DISTINCT FROM under its empty search_path): a read benchmark does not miss them.
set -euo pipefail
# A build of its own (bench/lib.sh builds into BENCH_ARTIFACTS), not another benchmark's.
export BENCH_ARTIFACTS="${BENCH_ARTIFACTS:-/tmp/art-bench-scaleout}"
source "$(dirname "$0")/../lib.sh"
here="$bench_root/bench/scaleout"
out="$bench_root/bench/out/scaleout"
SECONDS_EACH="${BENCH_SECONDS:-20}" ROUNDS="${BENCH_ROUNDS:-3}" CONNECTIONS="${BENCH_CONNECTIONS:-8 32}"
read -r PORT_A PORT_B PORT_ONE PORT_TWO <<< "${BENCH_PORTS:-5180 5181 5190 5191}"
export ZONES_PGPORT="${BENCH_PGPORT:-54379}" ZONES_PGDATA="$bench_root/bench/out/pg"
DB="$bench_root/scripts/db.sh"
nginx_dirs=()

cleanup() {
  local d; for d in "${nginx_dirs[@]}"; do "$bench_root/scripts/nginx.sh" stop "$d"; rm -rf "$d"; done
  bench_cleanup
}
trap cleanup EXIT

# The county in the bench cluster: already there, copied from BENCH_COPY_FROM, or generated (bench/lib.sh).
county_database() {
  export PGUSER=zones PGPASSWORD=zones PGHOST=127.0.0.1 PGPORT="$ZONES_PGPORT" PGDATABASE=zones
  "$DB" start
  if [ -z "$(psql -XAtc "SELECT 1 FROM pg_tables WHERE schemaname = 'zones' AND tablename = 'township'")" ]; then
    if [ -n "${BENCH_COPY_FROM:-}" ]; then
      say "copying $BENCH_COPY_FROM into the bench cluster (pg_dump | pg_restore)"
      pg_dump -Fc -Z0 "$BENCH_COPY_FROM" | pg_restore -d "postgresql://zones:zones@127.0.0.1:$PGPORT/zones" --no-owner --no-privileges \
        || say "pg_restore reported errors (above); going on"
    else
      bench_database
      return
    fi
  fi
  bench_build
  say "migrating the county database"
  (cd /tmp && ZONES_DATABASE_URL="$(bench_npgsql zones);Command Timeout=0" Logging__LogLevel__Default=Warning dotnet "$bench_dll" migrate)
  bench_county_user
}

# One line per request: lists and heat maps of every township, tiles around every township's centre.
request_file() {
  psql -XAt -F $'\t' <<'SQL' > "$out/requests.tsv"
WITH t AS (
  SELECT township_code, id, ST_PointOnSurface(geom) AS c FROM zones.zone
  WHERE level = 'township' AND status = 'published' AND valid_to IS NULL),
tile AS (
  SELECT township_code, z, floor((ST_X(c) + 180) / 360 * 2 ^ z)::int + dx AS x,
         floor((1 - ln(tan(radians(ST_Y(c))) + 1 / cos(radians(ST_Y(c)))) / pi()) / 2 * 2 ^ z)::int + dy AS y
  FROM t, (VALUES (14)) AS zz(z), generate_series(-1, 1) AS dx, generate_series(-1, 1) AS dy),
lines (k, method, path, body) AS (
  SELECT 1, 'POST', '/graphql', json_build_object('query', format(
    '{ complaints(townshipCode: "%s", open: true, first: 50) { totalCount edges { node { id caseNumber stage deadline } } } }', township_code))::text
  FROM t, generate_series(1, 9)
  UNION ALL
  SELECT 2, 'POST', '/graphql', json_build_object('query', format(
    '{ assets(townshipCode: "%s", first: 50) { totalCount edges { node { id kind status } } } }', township_code))::text
  FROM t, generate_series(1, 9)
  UNION ALL
  SELECT 3, 'GET', format('/tiles/%s/%s/%s/%s.mvt', layer, z, x, y), '' FROM tile, (VALUES ('assets'), ('complaints')) AS l(layer)
  UNION ALL
  SELECT 4, 'POST', '/graphql', json_build_object('query', format(
    '{ complaintHeatmap(input: {zoneId: "%s", cellSizeM: 500}) { total maxCount cells { count } } }', id))::text
  FROM t, generate_series(1, 4))
-- Per township: 9 tiles of each of two layers (z14 around its centre), each of two lists 9 times, the heat map
-- 4 times: 45 % tiles, 45 % lists, 10 % heat maps, each kind spread evenly over the file.
SELECT method, path, body FROM (
  SELECT l.*, row_number() OVER (PARTITION BY k ORDER BY random()) AS n, count(*) OVER (PARTITION BY k) AS of FROM lines l) s
ORDER BY n::float8 / of, k;
SQL
  say "$(wc -l < "$out/requests.tsv") requests in the mix ($out/requests.tsv)"
}

# CPU ticks (user + system) of a process, of its children alive now (PostgreSQL backends) and of those it has
# reaped (cutime + cstime: a pooled backend that ended during the run still counts).
ticks() { # pid...
  local p sum=0
  for p in "$@"; do
    for s in /proc/"$p"/stat $(grep -l "^[0-9]* ([^)]*) . $p " /proc/[0-9]*/stat 2>/dev/null); do
      [ -r "$s" ] && sum=$((sum + $(awk '{print $14 + $15 + $16 + $17}' "$s" 2>/dev/null || echo 0)))
    done
  done
  echo "$sum"
}

run() { # label url connections
  local load before_db before_pri before_srv before_ngx after
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  local pm_standby pm_primary
  pm_standby=$(head -1 "$ZONES_PGDATA-standby/postmaster.pid"); pm_primary=$(head -1 "$ZONES_PGDATA/postmaster.pid")
  before_db=$(ticks "$pm_standby"); before_pri=$(ticks "$pm_primary"); before_srv=$(ticks "$pid_a" "$pid_b")
  before_ngx=$(ticks $(cat "${nginx_dirs[@]/%//nginx.pid}"))
  BENCH_REQUESTS="$out/requests.tsv" BENCH_TOKEN="$token" \
    wrk -t2 -c"$3" -d"${SECONDS_EACH}s" --timeout 30s --latency -s "$here/mix.lua" "$2" > "$out/wrk.txt"
  local hz; hz=$(getconf CLK_TCK)
  local db pri srv ngx
  db=$(echo "($(ticks "$pm_standby") - $before_db) / $hz / $SECONDS_EACH" | bc -l)
  pri=$(echo "($(ticks "$pm_primary") - $before_pri) / $hz / $SECONDS_EACH" | bc -l)
  srv=$(echo "($(ticks "$pid_a" "$pid_b") - $before_srv) / $hz / $SECONDS_EACH" | bc -l)
  ngx=$(echo "($(ticks $(cat "${nginx_dirs[@]/%//nginx.pid}")) - $before_ngx) / $hz / $SECONDS_EACH" | bc -l)
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$out/wrk.txt"); p99=$(awk '$1 == "99%" {print $2}' "$out/wrk.txt")
  errors=$(awk '/Non-2xx or 3xx/ {n += $NF} /Socket errors/ {n += 1} END {print n + 0}' "$out/wrk.txt")
  printf '%-14s c=%-3s %8.1f req/s  p50 %-8s p99 %-8s errors %-4s cores: standby %.2f primary %.2f instances %.2f nginx %.2f  (load %s)\n' \
    "$1" "$3" "$rps" "$p50" "$p99" "$errors" "$db" "$pri" "$srv" "$ngx" "$load" | tee -a "$out/results.txt" >&2
  echo "$rps"
}

main() {
  mkdir -p "$out"; : > "$out/results.txt"
  ensure_debs wrk nginx-light bc
  county_database
  "$DB" replica start
  request_file
  # Both instances read through the standby (bench_serve passes the exported environment on).
  export ZONES_READ_DATABASE_URL; ZONES_READ_DATABASE_URL="$("$DB" replica url)"
  export Zones__Http__TrustedProxies__0=127.0.0.1
  local port
  for port in "$PORT_A" "$PORT_B" "$PORT_ONE" "$PORT_TWO"; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "port $port is taken (a server left from an earlier run?): choose others with BENCH_PORTS"
  done
  pid_a=$(bench_serve zones "$PORT_A" "$out/instance-a.log"); bench_pids+=("$pid_a")
  pid_b=$(bench_serve zones "$PORT_B" "$out/instance-b.log"); bench_pids+=("$pid_b")
  local one two
  one="$(mktemp -d /tmp/zones-nginx.XXXXXX)"; two="$(mktemp -d /tmp/zones-nginx.XXXXXX)"; nginx_dirs=("$one" "$two")
  "$bench_root/scripts/nginx.sh" start "$one" "$PORT_ONE" "$PORT_A"
  "$bench_root/scripts/nginx.sh" start "$two" "$PORT_TWO" "$PORT_A" "$PORT_B"
  token=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\",\"mode\":\"bearer\"}" "http://127.0.0.1:$PORT_A/auth/login" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  [ -n "$token" ] || fail "could not sign in as $BENCH_USER"
  say "warming up both instances (caches, JIT, connection pools)"
  SECONDS_EACH=10 run warm-up "http://127.0.0.1:$PORT_TWO" 8 >/dev/null
  local c round ratios=()
  for round in $(seq "$ROUNDS"); do
    for c in $CONNECTIONS; do
      one_rps=$(run "one instance" "http://127.0.0.1:$PORT_ONE" "$c")
      two_rps=$(run "two instances" "http://127.0.0.1:$PORT_TWO" "$c")
      ratios+=("c=$c round $round: two/one = $(printf '%.2f' "$(echo "$two_rps / $one_rps" | bc -l)")")
    done
  done
  printf '%s\n' "${ratios[@]}" | tee -a "$out/results.txt"
  say "results in $out/results.txt"
}

main
