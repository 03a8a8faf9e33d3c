# Shared by bench/spatial/run.sh and bench/coverage/run.sh: which database the benchmark uses, the
# server build, and starting a server as a given database role. Sourced, not run.
# shellcheck shell=bash
#
# Database: BENCH_DATABASE_URL=postgresql://user:password@host:port/dbname reuses an existing database
# holding the county data set (e.g. a copy of the shared zones_county). Without it, the county data
# is generated into bench/out/county and loaded into the bench's own cluster (bench/out/pg, port
# BENCH_PGPORT, default 54379), as bench/analysis/run.sh does.
bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$bench_root/scripts/lib.sh"

bench_artifacts="${BENCH_ARTIFACTS:-/tmp/art-bench-issue12}"
bench_dll="$bench_artifacts/bin/Zones.Server/release/Zones.Server.dll"
bench_pids=()
bench_cleanup() { local p; for p in "${bench_pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap bench_cleanup EXIT

# Sets PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE (exported: psql, pgbench and node use them).
bench_database() {
  if [ -n "${BENCH_DATABASE_URL:-}" ]; then
    [[ "$BENCH_DATABASE_URL" =~ ^postgres(ql)?://([^:@/]+):([^@/]*)@([^:/]+):([0-9]+)/([^?]+)$ ]] \
      || fail "BENCH_DATABASE_URL must look like postgresql://user:password@host:port/dbname"
    export PGUSER="${BASH_REMATCH[2]}" PGPASSWORD="${BASH_REMATCH[3]}" PGHOST="${BASH_REMATCH[4]}" \
           PGPORT="${BASH_REMATCH[5]}" PGDATABASE="${BASH_REMATCH[6]}"
    psql -Xqc 'SELECT 1' >/dev/null || fail "cannot connect to $BENCH_DATABASE_URL"
    bench_build
    bench_county_user
    return
  fi
  export PGUSER=zones PGPASSWORD=zones PGHOST=127.0.0.1 PGPORT="${BENCH_PGPORT:-54379}" PGDATABASE=zones
  local county="${BENCH_COUNTY:-$bench_root/bench/out/county}"
  if ! compgen -G "$county/*/township.json" >/dev/null; then
    say "generating county-scale data into $county (20 townships, 200k assets, 1M complaints)"
    dotnet run --project "$bench_root/tools/Zones.DemoData" -c Release --artifacts-path "$bench_artifacts" -- \
      county --townships 20 --assets 200000 --complaints 1000000 --seed 42 --out "$county"
  fi
  ZONES_PGPORT="$PGPORT" ZONES_PGDATA="$bench_root/bench/out/pg" "$bench_root/scripts/db.sh" start
  bench_build
  say "loading $county (skipped when already loaded)"
  (cd /tmp && ZONES_DATABASE_URL="$(bench_npgsql "$PGUSER");Command Timeout=0" dotnet "$bench_dll" load-demo "$county")
  bench_county_user
}

# Builds once per command (bench/spatial/run.sh runs bench/coverage/run.sh after itself);
# BENCH_BUILD=0 reuses the last build.
bench_build() {
  [ -f "$bench_dll" ] && [ -n "${BENCH_BUILT:-}" -o "${BENCH_BUILD:-1}" = 0 ] && return
  say "building the server (Release, $bench_artifacts)"
  dotnet build "$bench_root/src/Zones.Server" -c Release --artifacts-path "$bench_artifacts" -nologo -v quiet -clp:ErrorsOnly
  export BENCH_BUILT=1
}

# The demo's admin answers for one township only; the county benchmarks sign in as a county-wide
# admin (BENCH_USER / BENCH_PASSWORD, created here when missing) so "county" means every township.
export BENCH_USER="${BENCH_USER:-bench-county}" BENCH_PASSWORD="${BENCH_PASSWORD:-bench-county-2026}"
bench_county_user() {
  [ -n "$(psql -XAtc "SELECT 1 FROM zones.app_user WHERE username = '$BENCH_USER'")" ] && return
  local county; county="$(psql -XAtc "SELECT min(county_code) FROM zones.township WHERE retired_at IS NULL")"
  say "adding the county-wide admin $BENCH_USER (county $county)"
  echo "$BENCH_PASSWORD" | (cd /tmp && ZONES_DATABASE_URL="$(bench_npgsql "$PGUSER")" Logging__LogLevel__Default=Warning \
    dotnet "$bench_dll" add-user "$BENCH_USER" --role admin --county "$county" --display 县级基准测试) >/dev/null
}

# The Npgsql connection string for a role (the capture role shares the password of PGUSER).
bench_npgsql() { echo "Host=$PGHOST;Port=$PGPORT;Database=$PGDATABASE;Username=$1;Password=$PGPASSWORD"; }

# A role whose every statement PostgreSQL logs (log_statement = all for it alone): the server runs
# as this role once, so the benchmark learns the exact SQL each request runs. Needs a superuser
# (or CREATEROLE) PGUSER; the log is read back through pg_read_file (see bench/spatial/pglog.mjs).
bench_capture_role() {
  psql -Xqc "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zones_capture') THEN
               CREATE ROLE zones_capture LOGIN PASSWORD '$PGPASSWORD' IN ROLE $PGUSER; END IF; END \$\$" \
       -c "ALTER ROLE zones_capture SET log_statement = 'all'" >/dev/null
}

# Starts the server as <role> on <port>, waits for /health, prints its pid (remembered for cleanup).
bench_serve() { # role port logfile
  (cd /tmp && ZONES_DATABASE_URL="$(bench_npgsql "$1")" Logging__LogLevel__Default=Warning \
     exec dotnet "$bench_dll" --urls "http://127.0.0.1:$2") >"$3" 2>&1 &
  local pid=$!
  for _ in $(seq 240); do
    curl -sf "http://127.0.0.1:$2/health" >/dev/null && { echo "$pid"; return; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  tail -20 "$3" >&2; fail "the server did not start on port $2 (log: $3)"
}

bench_stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
