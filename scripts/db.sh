#!/usr/bin/env bash
# A private PostgreSQL 15 + PostGIS cluster for Zones on 127.0.0.1, kept in a git-ignored folder.
#   scripts/db.sh start|stop|status|psql [args]|reset|url
#   scripts/db.sh replica start|stop|status|destroy|url   a streaming hot standby of that cluster
# ZONES_PGDATA (default .data/pg) and ZONES_PGPORT (default 54329) choose the cluster; the standby
# lives beside it (<data>-standby) on ZONES_REPLICA_PORT (default the primary's port + 1).
# PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user; when the
# repository sits where that user cannot reach (a root-only home, a 0700 temp folder), the data
# lives under /var/tmp/zones-<hash> instead and .data/ holds a link to it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PGBIN=/usr/lib/postgresql/15/bin
PORT="${ZONES_PGPORT:-54329}"
DATA="${ZONES_PGDATA:-$ZONES_ROOT/.data/pg}"
DB_USER=zones DB_PASS=zones DB_NAME="${ZONES_PGDATABASE:-zones}"

run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

resolve_data_dir() {
  [ "$(id -u)" -eq 0 ] || return 0
  mkdir -p "$(dirname "$DATA")"
  if ! runuser -u postgres -- test -x "$(dirname "$DATA")" 2>/dev/null; then
    local alt; alt="/var/tmp/zones-$(printf '%s' "$DATA" | sha1sum | cut -c1-12)"
    mkdir -p "$alt" && chown postgres: "$alt"
    [ -L "$DATA" ] || { rm -rf "$DATA"; ln -s "$alt/pg" "$DATA"; }
    DATA="$alt/pg"
  fi
}

init_cluster() {
  ensure_debs postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting
  resolve_data_dir
  [ -f "$DATA/PG_VERSION" ] && return 0
  say "creating a PostgreSQL cluster in $DATA"
  mkdir -p "$DATA"; [ "$(id -u)" -eq 0 ] && chown postgres: "$DATA"
  chmod 700 "$DATA"
  local pwfile; pwfile="$(mktemp)"; printf '%s\n' "$DB_PASS" > "$pwfile"; chmod 644 "$pwfile"
  run_pg "$PGBIN/initdb" -D "$DATA" -U "$DB_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  cat >> "$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
shared_buffers = 256MB
fsync = ${ZONES_PG_FSYNC:-on}
max_connections = 200
# A streaming standby (db.sh replica) can follow this cluster: PostgreSQL 15's defaults, said here
# so that a changed default cannot take them away.
wal_level = replica
max_wal_senders = 10
max_replication_slots = 10
CONF
}

is_running() { resolve_data_dir; run_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

start() {
  init_cluster
  if is_running; then say "PostgreSQL already running on 127.0.0.1:$PORT"; return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    fail "port $PORT is taken by another program: stop it or choose another with ZONES_PGPORT=…"
  fi
  run_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null \
    || { tail -20 "$DATA/server.log" >&2; fail "PostgreSQL did not start (log: $DATA/server.log)"; }
  run_pg "$PGBIN/psql" -h "$DATA" -p "$PORT" -U "$DB_USER" -d postgres -Atqc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1 \
    || run_pg "$PGBIN/createdb" -h "$DATA" -p "$PORT" -U "$DB_USER" "$DB_NAME"
  say "PostgreSQL is running on 127.0.0.1:$PORT (data: $DATA)"
}

stop() {
  resolve_data_dir
  [ -f "$DATA/PG_VERSION" ] || return 0
  replica_stop
  is_running && run_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null && say "PostgreSQL stopped"
  return 0
}

source "$(dirname "$0")/replica.sh"

case "${1:-}" in
  start)  start ;;
  stop)   stop ;;
  status) if is_running; then echo "running on 127.0.0.1:$PORT"; else echo "stopped"; exit 3; fi ;;
  psql)   shift; resolve_data_dir; exec env PGPASSWORD="$DB_PASS" psql -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d "$DB_NAME" "$@" ;;
  replica) shift; replica "$@" ;;
  reset)  stop; resolve_data_dir; replica_destroy; rm -rf "$DATA"; [ -L "$ZONES_ROOT/.data/pg" ] && rm -f "$ZONES_ROOT/.data/pg"; start ;;
  destroy) stop; resolve_data_dir; replica_destroy; rm -rf "$DATA" ;;
  url)    echo "Host=127.0.0.1;Port=$PORT;Database=$DB_NAME;Username=$DB_USER;Password=$DB_PASS" ;;
  *)      echo "usage: $0 start|stop|status|psql|reset|destroy|url|replica start|stop|status|destroy|url" >&2; exit 2 ;;
esac
