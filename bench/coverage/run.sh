#!/usr/bin/env bash
# County analyses against issue #12's targets: every coverage family for the whole county cold and
# cached, the heat map over every complaint, network toilet reach for one township. Not part of the
# test suite; see bench/README.md. Workloads: bench/coverage/workloads.mjs (API not on this branch
# is skipped with a note).
#   bench/coverage/run.sh                                 # own cluster + generated county data (bench/out)
#   BENCH_DATABASE_URL=postgresql://zones:zones@127.0.0.1:54340/zones_county_bench bench/coverage/run.sh
#   BENCH_REPEAT=5 BENCH_ONLY=heat bench/coverage/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib.sh"
bench_database
ZONES_DATABASE_URL="$(bench_npgsql "$PGUSER")" node "$here/coverage.mjs" "$bench_dll" "${BENCH_COVERAGE_PORT:-5099}"
