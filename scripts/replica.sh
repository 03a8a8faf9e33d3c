# `scripts/db.sh replica …`: a hot standby of db.sh's cluster, made with pg_basebackup and kept
# current by streaming replication through a physical replication slot (so the primary keeps the
# WAL the standby has not received yet, even while the standby is stopped). Sourced by db.sh, whose
# PGBIN, PORT, DATA, DB_USER, DB_PASS, run_pg and resolve_data_dir it uses.
# shellcheck shell=bash

REPLICA_PORT="${ZONES_REPLICA_PORT:-$((PORT + 1))}"
REPLICA_SLOT=zones_standby

# Beside the primary's folder (after resolve_data_dir, so in the same place the postgres user reaches).
replica_dir() { resolve_data_dir; REPLICA_DATA="${ZONES_REPLICA_PGDATA:-$DATA-standby}"; }

primary_sql() { run_pg "$PGBIN/psql" -h "$DATA" -p "$PORT" -U "$DB_USER" -d postgres -Atqc "$1"; }

replica_running() { [ -f "$REPLICA_DATA/PG_VERSION" ] && run_pg "$PGBIN/pg_ctl" -D "$REPLICA_DATA" status >/dev/null 2>&1; }

# A cluster made before db.sh said wal_level/max_wal_senders (or one where someone changed them)
# is brought to what streaming needs: the pg_hba line for replication connections, and a restart
# when wal_level was minimal.
primary_ready_for_standby() {
  if ! grep -Eq '^host\s+replication\s+all\s+127\.0\.0\.1/32' "$DATA/pg_hba.conf"; then
    say "allowing replication connections from 127.0.0.1 (pg_hba.conf)"
    echo "host    replication     all             127.0.0.1/32            scram-sha-256" | run_pg tee -a "$DATA/pg_hba.conf" >/dev/null
    primary_sql "SELECT pg_reload_conf()" >/dev/null
  fi
  if [ "$(primary_sql 'SHOW wal_level')" = minimal ] || [ "$(primary_sql 'SHOW max_wal_senders')" = 0 ]; then
    say "setting wal_level = replica and max_wal_senders = 10 on the primary (restarts it)"
    primary_sql "ALTER SYSTEM SET wal_level = replica" >/dev/null
    primary_sql "ALTER SYSTEM SET max_wal_senders = 10" >/dev/null
    run_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w restart -l "$DATA/server.log" >/dev/null
  fi
}

replica_create() {
  primary_ready_for_standby
  primary_sql "SELECT pg_create_physical_replication_slot('$REPLICA_SLOT') WHERE NOT EXISTS
                 (SELECT FROM pg_replication_slots WHERE slot_name = '$REPLICA_SLOT')" >/dev/null
  say "copying the primary into $REPLICA_DATA (pg_basebackup)"
  rm -rf "$REPLICA_DATA"; mkdir -p "$REPLICA_DATA"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$REPLICA_DATA"
  chmod 700 "$REPLICA_DATA"
  run_pg env PGPASSWORD="$DB_PASS" "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U "$DB_USER" \
    -D "$REPLICA_DATA" -X stream -S "$REPLICA_SLOT" -c fast 2> >(grep -v 'skipping special file' >&2) \
    || fail "pg_basebackup from 127.0.0.1:$PORT failed"
  run_pg touch "$REPLICA_DATA/standby.signal"
  : | run_pg tee "$REPLICA_DATA/server.log" >/dev/null
  # Later lines win over the primary's copied ones.
  run_pg tee -a "$REPLICA_DATA/postgresql.conf" >/dev/null <<CONF
# --- standby (scripts/db.sh replica) ---
port = $REPLICA_PORT
unix_socket_directories = '$REPLICA_DATA'
primary_conninfo = 'host=127.0.0.1 port=$PORT user=$DB_USER password=$DB_PASS application_name=$REPLICA_SLOT'
primary_slot_name = '$REPLICA_SLOT'
hot_standby = on
# Long reads on the standby are not cancelled by the cleanup of rows they still see.
hot_standby_feedback = on
CONF
}

replica_start() {
  start   # the primary first (db.sh start: a no-op when it runs)
  replica_dir
  if replica_running; then say "standby already running on 127.0.0.1:$REPLICA_PORT"; return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$REPLICA_PORT") 2>/dev/null; then
    fail "port $REPLICA_PORT is taken by another program: stop it or choose another with ZONES_REPLICA_PORT=…"
  fi
  [ -f "$REPLICA_DATA/standby.signal" ] || replica_create
  run_pg "$PGBIN/pg_ctl" -D "$REPLICA_DATA" -l "$REPLICA_DATA/server.log" -w -t 60 start >/dev/null \
    || { tail -20 "$REPLICA_DATA/server.log" >&2; fail "the standby did not start (log: $REPLICA_DATA/server.log)"; }
  # Streaming, not just recovering from the copy: the primary sees its walsender.
  for _ in $(seq 50); do
    [ "$(primary_sql "SELECT state FROM pg_stat_replication WHERE application_name = '$REPLICA_SLOT'")" = streaming ] && break
    sleep 0.2
  done
  say "standby is running on 127.0.0.1:$REPLICA_PORT, streaming from 127.0.0.1:$PORT (data: $REPLICA_DATA)"
}

replica_stop() {
  replica_dir
  replica_running && run_pg "$PGBIN/pg_ctl" -D "$REPLICA_DATA" -m fast -w stop >/dev/null && say "standby stopped"
  return 0
}

# The copy and its slot go (a slot nobody reads would keep WAL on the primary forever).
replica_destroy() {
  replica_stop
  rm -rf "$REPLICA_DATA"
  is_running && primary_sql "SELECT pg_drop_replication_slot('$REPLICA_SLOT') FROM pg_replication_slots
                               WHERE slot_name = '$REPLICA_SLOT' AND NOT active" >/dev/null
  return 0
}

replica_status() {
  replica_dir
  if ! replica_running; then echo "standby stopped"; return 3; fi
  echo "standby running on 127.0.0.1:$REPLICA_PORT"
  is_running && primary_sql "SELECT format('%s from the primary, %s bytes behind (replay lag %s)', state,
      pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), coalesce(replay_lag::text, '0'))
      FROM pg_stat_replication WHERE application_name = '$REPLICA_SLOT'"
  return 0
}

# Reads try the standby first and fall back to the primary (Npgsql multi-host).
replica_url() {
  echo "Host=127.0.0.1:$REPLICA_PORT,127.0.0.1:$PORT;Database=$DB_NAME;Username=$DB_USER;Password=$DB_PASS;Target Session Attributes=prefer-standby"
}

replica() {
  case "${1:-}" in
    start)   replica_start ;;
    stop)    replica_stop ;;
    status)  replica_status ;;
    destroy) replica_destroy ;;
    url)     replica_url ;;
    *)       echo "usage: db.sh replica start|stop|status|destroy|url" >&2; exit 2 ;;
  esac
}
