#!/usr/bin/env bash
# Runs Zones on this machine: installs what is missing, starts a local PostGIS (unless
# ZONES_DATABASE_URL names a database), applies migrations, loads the demo township on first run
# and serves the map + API on http://127.0.0.1:5080 (ZONES_URL changes it). Ctrl-C stops the
# server and the database this script started.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

URL="${ZONES_URL:-http://127.0.0.1:5080}"
started_db=0 server_pid=""

cleanup() {
  trap - EXIT INT TERM
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true
  fi
  [ "$started_db" -eq 1 ] && "$ZONES_ROOT/scripts/db.sh" stop
  exit "${1:-0}"
}
trap 'cleanup $?' EXIT
trap 'cleanup 130' INT
trap 'cleanup 143' TERM

ensure_toolchains
ensure_debs libheif1   # the server decodes HEIC/HEIF photos from phones with it
if [ -z "${ZONES_DATABASE_URL:-}" ]; then
  "$ZONES_ROOT/scripts/db.sh" status >/dev/null 2>&1 || started_db=1
  "$ZONES_ROOT/scripts/db.sh" start
  export ZONES_DATABASE_URL; ZONES_DATABASE_URL="$("$ZONES_ROOT/scripts/db.sh" url)"
else
  say "using the database in ZONES_DATABASE_URL (no local PostgreSQL started)"
fi
build_client
build_server

cd "$ZONES_ROOT/src/Zones.Server"
dotnet "$ZONES_SERVER_DLL" load-demo "$ZONES_ROOT/data/demo"

say "serving on $URL  (map: $URL/  GraphQL: $URL/graphql  OGC API: $URL/ogc  health: $URL/health)"
say "press Ctrl-C to stop"
dotnet "$ZONES_SERVER_DLL" --urls "$URL" &
server_pid=$!
wait "$server_pid"
