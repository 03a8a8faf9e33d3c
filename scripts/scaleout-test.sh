#!/usr/bin/env bash
# The multi-instance integration test (issue #15): starts a PostgreSQL primary with a streaming standby
# (its own throw-away cluster, never db.sh's), loads the demo, starts two server instances reading from
# the standby and nginx in front of both, runs tests/scaleout/*.test.mjs against them (TAP on stdout)
# and always stops everything it started.
#   scripts/scaleout-test.sh            (scripts/test.sh runs it as the "scaleout" suite)
# Ports: ZONES_SCALEOUT_PGPORT (54359; the standby one above), ZONES_SCALEOUT_PORT_A/_B/_LB (5197/5297/5397).
set -uo pipefail
source "$(dirname "$0")/lib.sh"

export ZONES_PGDATA="${ZONES_SCALEOUT_PGDATA:-$ZONES_ROOT/.test-data/scaleout/pg}"
export ZONES_PGPORT="${ZONES_SCALEOUT_PGPORT:-54359}" ZONES_PGDATABASE=zones ZONES_PG_FSYNC=off
export ZONES_REPLICA_PORT=$((ZONES_PGPORT + 1))
PORT_A="${ZONES_SCALEOUT_PORT_A:-5197}" PORT_B="${ZONES_SCALEOUT_PORT_B:-5297}" PORT_LB="${ZONES_SCALEOUT_PORT_LB:-5397}"
LOGS="${ZONES_SCALEOUT_LOGS:-$ZONES_ROOT/artifacts/scaleout}"
DB="$ZONES_ROOT/scripts/db.sh"
nginx_dir="" pid_a="" pid_b=""

cleanup() {
  trap - EXIT INT TERM
  [ -n "$nginx_dir" ] && "$ZONES_ROOT/scripts/nginx.sh" stop "$nginx_dir" && rm -rf "$nginx_dir"
  local pid
  for pid in $pid_a $pid_b; do kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  "$DB" destroy >/dev/null 2>&1
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts instance <name> on <port> reading through the standby and sets the variable pid_<name> to its pid.
# Each has a home folder of its own, as on two machines: whatever an instance keeps on its disk (a
# file-system key ring, say) the other cannot see.
start_instance() { # name port
  mkdir -p "$LOGS/home-$1"
  (cd "$ZONES_ROOT/src/Zones.Server" && HOME="$LOGS/home-$1" ZONES_DATABASE_URL="$("$DB" url)" ZONES_READ_DATABASE_URL="$("$DB" replica url)" \
     Zones__Http__TrustedProxies__0=127.0.0.1 Zones__Database__CheckIntervalSeconds=1 Zones__WarmTilePool=false \
     exec dotnet "$ZONES_SERVER_DLL" --urls "http://127.0.0.1:$2") >"$LOGS/instance-$1.log" 2>&1 &
  printf -v "pid_$1" '%s' "$!"
}

wait_healthy() { # port pid
  for _ in $(seq 120); do
    curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0
    kill -0 "$2" 2>/dev/null || break
    sleep 0.5
  done
  tail -20 "$LOGS"/instance-*.log >&2; fail "the instance on port $1 did not start"
}

main() {
  mkdir -p "$LOGS"
  ensure_debs postgresql-15 postgresql-15-postgis-3 nginx-light curl
  [ -f "$ZONES_SERVER_DLL" ] || build_server
  "$DB" destroy >/dev/null 2>&1
  "$DB" replica start 2>"$LOGS/db.log" || { cat "$LOGS/db.log" >&2; fail "the primary and its standby did not start"; }
  say "primary and standby up after ${SECONDS}s"
  (cd "$ZONES_ROOT/src/Zones.Server" && ZONES_DATABASE_URL="$("$DB" url)" dotnet "$ZONES_SERVER_DLL" load-demo "$ZONES_ROOT/data/demo") \
    >"$LOGS/load-demo.log" 2>&1 || { tail -20 "$LOGS/load-demo.log" >&2; fail "load-demo failed"; }
  say "demo loaded after ${SECONDS}s"
  rm -rf "$LOGS"/home-*
  start_instance a "$PORT_A"
  start_instance b "$PORT_B"
  wait_healthy "$PORT_A" "$pid_a"
  wait_healthy "$PORT_B" "$pid_b"
  say "both instances healthy after ${SECONDS}s"
  nginx_dir="$(mktemp -d /tmp/zones-nginx.XXXXXX)"
  "$ZONES_ROOT/scripts/nginx.sh" start "$nginx_dir" "$PORT_LB" "$PORT_A" "$PORT_B" 2>>"$LOGS/db.log" || fail "nginx did not start"
  SCALEOUT_A="http://127.0.0.1:$PORT_A" SCALEOUT_B="http://127.0.0.1:$PORT_B" SCALEOUT_LB="http://127.0.0.1:$PORT_LB" \
  SCALEOUT_PID_A="$pid_a" SCALEOUT_STOP_STANDBY="$DB replica stop" \
    node --experimental-websocket --no-warnings --test --test-concurrency=1 --test-reporter=tap "$ZONES_ROOT/tests/scaleout/"
}

main
