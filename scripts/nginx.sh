#!/usr/bin/env bash
# A private nginx on loopback in front of Zones instances, from deploy/nginx/zones.conf.
#   scripts/nginx.sh start <folder> <listen port> <instance port>...   (installs nginx when missing)
#   scripts/nginx.sh stop <folder>
# Everything nginx writes (pid, logs, temp files) stays in <folder>; the system's nginx is not touched.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start() {
  local dir="$1" listen="$2"; shift 2
  ensure_debs nginx-light
  mkdir -p "$dir/temp"
  # Workers run as an unprivileged user when we are root: they must reach their temp folder.
  chmod 755 "$dir"; chmod 1777 "$dir/temp"
  local servers="" port
  for port in "$@"; do servers+="server 127.0.0.1:$port max_fails=1 fail_timeout=10s; "; done
  sed -e "s|@LISTEN@|127.0.0.1:$listen|" -e "s|@SERVERS@|$servers|" "$ZONES_ROOT/deploy/nginx/zones.conf" > "$dir/zones.conf"
  cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    include $dir/zones.conf;
}
CONF
  nginx -t -q -c "$dir/nginx.conf" -p "$dir" || fail "nginx refused $dir/nginx.conf"
  nginx -c "$dir/nginx.conf" -p "$dir" || fail "nginx did not start (log: $dir/error.log)"
  say "nginx on 127.0.0.1:$listen in front of $* (config: $dir/nginx.conf)"
}

stop() {
  local dir="$1"
  [ -f "$dir/nginx.pid" ] || return 0
  nginx -c "$dir/nginx.conf" -p "$dir" -s quit 2>/dev/null || kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
  for _ in $(seq 50); do [ -f "$dir/nginx.pid" ] || break; sleep 0.1; done
}

case "${1:-}" in
  start) shift; [ $# -ge 3 ] || fail "usage: $0 start <folder> <listen port> <instance port>..."; start "$@" ;;
  stop)  shift; [ $# -eq 1 ] || fail "usage: $0 stop <folder>"; stop "$1" ;;
  *)     echo "usage: $0 start <folder> <listen port> <instance port>... | stop <folder>" >&2; exit 2 ;;
esac
