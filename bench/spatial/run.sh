#!/usr/bin/env bash
# Spatial queries and tiles, three ways side by side: the Zones server over HTTP (wrk), the very same
# SQL it runs through pgbench, and PostGraphile v4 + PostGIS filters on the same database (wrk),
# interleaved, printing req/s, p50 and ratios with the load average. Not part of the test suite.
#   bench/spatial/run.sh                                   # own cluster + generated county data (bench/out)
#   BENCH_DATABASE_URL=postgresql://zones:zones@127.0.0.1:54340/zones_county_bench bench/spatial/run.sh
#   BENCH_PARTS=spatial BENCH_ROUNDS=5 BENCH_SECONDS=10 bench/spatial/run.sh   # longer, steadier
#   BENCH_PARTS=coverage …                                 # one part only (spatial, tiles, coverage: default all three)
# See bench/README.md for what is measured and the targets.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib.sh"

export BENCH_PARTS="${BENCH_PARTS:-spatial tiles coverage}"
zones_port="${BENCH_ZONES_PORT:-5096}" capture_port="${BENCH_CAPTURE_PORT:-5097}" peer_port="${BENCH_PEER_PORT:-5098}"
tuned_port="${BENCH_TUNED_PORT:-5100}"
out="$(mktemp -d /tmp/zones-spatial-bench.XXXXXX)"

command -v wrk >/dev/null || ensure_debs wrk
command -v pgbench >/dev/null || ensure_debs postgresql-client-15
ensure_npm "$here"
bench_database
say "installing the peer's query functions (bench/spatial/peer.sql) into $PGDATABASE"
PGOPTIONS="-c client_min_messages=warning" psql -Xq -v ON_ERROR_STOP=1 -f "$here/peer.sql"
bench_capture_role

if [[ " $BENCH_PARTS " =~ " spatial " || " $BENCH_PARTS " =~ " tiles " ]]; then
  say "capture pass: which SQL does each request run?"
  pid="$(bench_serve zones_capture "$capture_port" "$out/server-capture.log")"; bench_pids+=("$pid")
  node "$here/bench.mjs" capture "http://127.0.0.1:$capture_port" "$out"
  bench_stop "$pid"

  say "measured pass (Zones on :$zones_port, PostGraphile on :$peer_port)"
  pid="$(bench_serve "$PGUSER" "$zones_port" "$out/server.log")"; bench_pids+=("$pid")
  # Two peers: PostGraphile as it comes (the issue's targets) and with custom plans (a tuned one).
  node "$here/postgraphile.mjs" "$peer_port" >"$out/postgraphile.log" 2>&1 & bench_pids+=("$!")
  [[ " $BENCH_PARTS " =~ " spatial " ]] && {
    BENCH_PEER_PLAN_CACHE=force_custom_plan node "$here/postgraphile.mjs" "$tuned_port" >"$out/postgraphile-tuned.log" 2>&1 &
    bench_pids+=("$!"); export BENCH_TUNED_PEER_URL="http://127.0.0.1:$tuned_port"; }
  for port in "$peer_port" ${BENCH_TUNED_PEER_URL:+"$tuned_port"}; do
    for _ in $(seq 120); do curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
      -d '{"query":"{__typename}"}' "http://127.0.0.1:$port/graphql" && break; sleep 0.5; done
  done
  node "$here/bench.mjs" measure "http://127.0.0.1:$zones_port" "http://127.0.0.1:$peer_port" "$out"
  bench_cleanup; bench_pids=()
fi
[[ " $BENCH_PARTS " =~ " coverage " ]] && "$here/../coverage/run.sh"
echo "(raw: $out)"
