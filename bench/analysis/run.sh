#!/usr/bin/env bash
# Analysis benchmark on county-scale data: coverage gaps, heat map, indicators and a z12–z16 tile
# sweep, each through the server and as the very same SQL through psql, in the same run; plus the
# server's peak memory. Not part of the test suite. See bench/README.md.
#   bench/analysis/run.sh                 # generates bench/out/county on first run (~1 min), loads it (~minutes)
#   BENCH_REPEAT=10 bench/analysis/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/scripts/lib.sh"

export BENCH_PGPORT="${BENCH_PGPORT:-54379}" BENCH_PGDATABASE=zones
county="${BENCH_COUNTY:-$root/bench/out/county}"
artifacts="${BENCH_ARTIFACTS:-/tmp/art-bench-analysis}"
out="$(mktemp -d /tmp/zones-analysis-bench.XXXXXX)"
db() { ZONES_PGPORT="$BENCH_PGPORT" ZONES_PGDATA="$root/bench/out/pg" "$root/scripts/db.sh" "$@"; }
capture_pid="" measure_pid=""
cleanup() { for p in $capture_pid $measure_pid; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

if ! compgen -G "$county/*/township.json" >/dev/null; then
  say "generating county-scale data into $county (20 townships, 200k assets, 1M complaints)"
  dotnet run --project "$root/tools/Zones.DemoData" -c Release --artifacts-path "$artifacts" -- \
    county --townships 20 --assets 200000 --complaints 1000000 --seed 42 --out "$county"
fi

db start
# Statement logging for one role only (zones_capture): the capture pass records exactly what the
# server runs; the measured pass (role zones) and psql log nothing.
db psql -Atqc "SHOW logging_collector" | grep -q on || {
  db psql -qc "ALTER SYSTEM SET logging_collector = on" -c "ALTER SYSTEM SET log_destination = 'csvlog'" \
          -c "ALTER SYSTEM SET log_directory = 'log'"
  db stop; db start
}
db psql -qc "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zones_capture') THEN
               CREATE ROLE zones_capture LOGIN PASSWORD 'zones' IN ROLE zones; END IF; END \$\$" \
        -c "ALTER ROLE zones_capture SET log_statement = 'all'"
data_dir="$(db psql -Atqc 'SHOW data_directory')"
export BENCH_LOGDIR="$out/log"; mkdir -p "$BENCH_LOGDIR"

say "building the server (Release, $artifacts)"
dotnet build "$root/src/Zones.Server" -c Release --artifacts-path "$artifacts" -nologo -v quiet -clp:ErrorsOnly
dll="$artifacts/bin/Zones.Server/release/Zones.Server.dll"
url() { echo "Host=127.0.0.1;Port=$BENCH_PGPORT;Database=zones;Username=$1;Password=zones"; }
say "loading $county (skipped when already loaded)"
(cd /tmp && ZONES_DATABASE_URL="$(url zones);Command Timeout=0" dotnet "$dll" load-demo "$county")
# The demo's admin answers for one township; "county" rows need a county-wide admin.
if [ -z "$(db psql -XAtc "SELECT 1 FROM zones.app_user WHERE username = 'bench-county'")" ]; then
  echo bench-county-2026 | (cd /tmp && ZONES_DATABASE_URL="$(url zones)" dotnet "$dll" add-user bench-county --role admin \
    --county "$(db psql -XAtc 'SELECT min(county_code) FROM zones.township')" --display 县级基准测试) >/dev/null
fi

serve() { # role port
  (cd /tmp && ZONES_DATABASE_URL="$(url "$1")" Logging__LogLevel__Default=Warning exec dotnet "$dll" --urls "http://127.0.0.1:$2") \
    >"$out/server-$1.log" 2>&1 &
  local pid=$!
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$2/health" >/dev/null && { echo "$pid"; return; }; sleep 0.5; done
  tail -20 "$out/server-$1.log" >&2; fail "the server did not start (log: $out/server-$1.log)"
}

say "capture pass: which SQL does each request run?"
logs_before="$(date +%s)"
capture_pid="$(serve zones_capture 5092)"
node "$here/bench.mjs" capture http://127.0.0.1:5092 "$out/statements.json"
kill "$capture_pid"; wait "$capture_pid" 2>/dev/null || true
sleep 1  # the logging collector writes asynchronously
# Copy this run's csv logs (the data directory may belong to the postgres user).
find "$data_dir/log" -name '*.csv' -newermt "@$logs_before" -exec cp {} "$BENCH_LOGDIR/" \; 2>/dev/null \
  || runuser -u postgres -- find "$data_dir/log" -name '*.csv' -newermt "@$logs_before" -exec cat {} + >"$BENCH_LOGDIR/run.csv"
node "$here/bench.mjs" parse - "$out/statements.json"

say "measured pass"
measure_pid="$(serve zones 5091)"
node "$here/bench.mjs" measure http://127.0.0.1:5091 "$out/statements.json" "$measure_pid"
echo "(raw: $out)"
