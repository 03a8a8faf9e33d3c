#!/usr/bin/env bash
# Runs every test suite on this machine, as CI does: installs what is missing, starts a throw-away
# PostGIS cluster, runs .NET unit + conformance + integration tests, the client's unit tests and
# the browser tests against a real server, stops what it started, and ends with "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib.sh"

ART="$ZONES_ROOT/artifacts"
export ZONES_PGDATA="${ZONES_TEST_PGDATA:-$ZONES_ROOT/.test-data/pg}" ZONES_PGPORT="${ZONES_TEST_PGPORT:-54339}"
export ZONES_PG_FSYNC=off   # a throw-away cluster does not need durable writes
export ZONES_TEST_DB="Host=127.0.0.1;Port=$ZONES_PGPORT;Database=zones_test;Username=zones;Password=zones"
E2E_URL="http://127.0.0.1:${ZONES_TEST_HTTP_PORT:-5089}"
passed=0 failed=0 server_pid=""

cleanup() {
  [ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  ZONES_PGDATABASE=zones "$ZONES_ROOT/scripts/db.sh" destroy >/dev/null 2>&1
}
trap cleanup EXIT

# Records one suite's counts; a suite that crashed before counting counts as one failure.
record() { # name passed failed
  say "$1: $2 passed, $3 failed"
  passed=$((passed + $2)); failed=$((failed + $3))
}

failed_tests() { # trx: each failed test's name and the first lines of its message, for the CI log
  node -e '
    const trx = require("fs").readFileSync(process.argv[1], "utf8");
    const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "\x27").replace(/&amp;/g, "&");
    for (const [, attrs, body] of trx.matchAll(/<UnitTestResult ([^>]*outcome="Failed"[^>]*)>([\s\S]*?)<\/UnitTestResult>/g)) {
      console.log("  FAILED " + unescape(/testName="([^"]*)"/.exec(attrs)[1]));
      const message = /<Message>([\s\S]*?)<\/Message>/.exec(body);
      for (const line of unescape(message ? message[1] : "").trim().split("\n").slice(0, 6)) console.log("    " + line.slice(0, 300));
    }' "$1"
}

dotnet_suite() { # project
  local name; name="$(basename "$1")"
  local trx="$ART/trx/$name.trx"
  rm -f "$trx"
  say "dotnet test $name"
  dotnet test "$ZONES_ROOT/$1" -c Release --no-build --nologo -v quiet \
    --logger "trx;LogFileName=$name.trx" --results-directory "$ART/trx" >"$ART/$name.log" 2>&1
  local rc=$?
  if [ -f "$trx" ]; then
    local counters; counters="$(grep -o '<Counters [^>]*>' "$trx")"
    local p f
    p="$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")"
    f="$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")"
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    [ "$f" -ne 0 ] && failed_tests "$trx"
    record "$name" "$p" "$f"
  else
    tail -30 "$ART/$name.log" >&2
    record "$name" 0 1
  fi
}

vitest_suite() {
  say "vitest (src/Zones.Map)"
  (cd "$ZONES_ROOT/src/Zones.Map" && npx vitest run --reporter=dot --reporter=json --outputFile="$ART/vitest.json") \
    >"$ART/vitest.log" 2>&1
  if [ -f "$ART/vitest.json" ]; then
    record vitest "$(node -p "require('$ART/vitest.json').numPassedTests")" "$(node -p "require('$ART/vitest.json').numFailedTests + (require('$ART/vitest.json').numFailedTestSuites||0)")"
  else
    tail -30 "$ART/vitest.log" >&2; record vitest 0 1
  fi
}

e2e_suite() {
  say "browser tests against $E2E_URL"
  (cd "$ZONES_ROOT/src/Zones.Server" && ZONES_DATABASE_URL="Host=127.0.0.1;Port=$ZONES_PGPORT;Database=zones;Username=zones;Password=zones" \
     dotnet "$ZONES_SERVER_DLL" load-demo "$ZONES_ROOT/data/demo") >"$ART/e2e-server.log" 2>&1 || { tail -20 "$ART/e2e-server.log" >&2; record e2e 0 1; return; }
  # Loopback webhooks allowed: e2e/webhooksAdmin.test.mjs starts its receiver on 127.0.0.1 (refused otherwise, SSRF).
  (cd "$ZONES_ROOT/src/Zones.Server" && ZONES_DATABASE_URL="Host=127.0.0.1;Port=$ZONES_PGPORT;Database=zones;Username=zones;Password=zones" \
     Zones__Notify__AllowLoopbackWebhooks=true exec dotnet "$ZONES_SERVER_DLL" --urls "$E2E_URL") >>"$ART/e2e-server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 60); do curl -sf "$E2E_URL/health" >/dev/null && break; sleep 1; done
  # One file at a time: several browser tests draw and import in the demo's one free patch of land.
  (cd "$ZONES_ROOT/src/Zones.Map" && ZONES_BASE_URL="$E2E_URL" ZONES_ARTIFACTS="$ART/e2e" \
     node --test --test-concurrency=1 --test-reporter=tap e2e/) >"$ART/e2e.log" 2>&1
  record_tap e2e "$ART/e2e.log"
  (cd "$ZONES_ROOT/src/Zones.GraphiQL" && ZONES_BASE_URL="$E2E_URL" ZONES_ARTIFACTS="$ART/e2e" \
     node --test --test-reporter=tap e2e/) >"$ART/e2e-graphiql.log" 2>&1
  record_tap e2e-graphiql "$ART/e2e-graphiql.log"
  say "graphql-http audits against $E2E_URL/graphql"
  (cd "$ZONES_ROOT/tests/Zones.GraphQL.Http" && ZONES_BASE_URL="$E2E_URL" node audit.mjs) >"$ART/graphql-http.log" 2>&1
  grep -E "^(MUST|SHOULD|MAY):" "$ART/graphql-http.log" >&2
  record_tap graphql-http "$ART/graphql-http.log"
}

# Records the "# pass N" / "# fail N" counts of a TAP log; no counts is one failure, and tests
# node reports as cancelled (e.g. a failed before-hook) count as failed.
record_tap() { # name log
  local p f c
  p="$(grep -E '^# pass ' "$2" | awk '{print $3}')"; f="$(grep -E '^# fail ' "$2" | awk '{print $3}')"
  c="$(grep -E '^# cancelled ' "$2" | awk '{print $3}')"
  f=$(( ${f:-0} + ${c:-0} ))
  [ -z "$p" ] && { tail -30 "$2" >&2; p=0; f=1; }
  [ "${f:-0}" -ne 0 ] && grep -E "^not ok|^FAIL|error:|Error" "$2" | head -30 >&2
  record "$1" "$p" "${f:-0}"
}

# Two instances behind nginx over a primary and a streaming standby (scripts/scaleout-test.sh, its own cluster).
scaleout_suite() {
  say "scale-out: primary + standby, two instances behind nginx"
  ZONES_SCALEOUT_LOGS="$ART/scaleout" "$ZONES_ROOT/scripts/scaleout-test.sh" >"$ART/scaleout.log" 2>"$ART/scaleout.err"
  [ -s "$ART/scaleout.err" ] && grep -v "^\s*$" "$ART/scaleout.err" | tail -5 >&2
  record_tap scaleout "$ART/scaleout.log"
}

main() {
  cd "$ZONES_ROOT"
  rm -rf "$ART"; mkdir -p "$ART/trx" "$ART/e2e"
  ensure_toolchains
  ensure_debs postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting libheif1 gdal-bin chromium fonts-noto-cjk curl nginx-light
  ZONES_PGDATABASE=zones "$ZONES_ROOT/scripts/db.sh" destroy >/dev/null 2>&1
  ZONES_PGDATABASE=zones "$ZONES_ROOT/scripts/db.sh" start || fail "could not start the test database"
  for dir in src/Zones.Map src/Zones.GraphiQL tests/Zones.GraphQL.Conformance tests/Zones.GraphQL.Http; do
    [ -f "$ZONES_ROOT/$dir/package-lock.json" ] && ensure_npm "$ZONES_ROOT/$dir"
  done
  build_client
  say "building the solution"
  dotnet build "$ZONES_ROOT/Zones.sln" -c Release -v quiet -nologo -clp:ErrorsOnly >"$ART/build.log" 2>&1 \
    || { cat "$ART/build.log" >&2; record build 0 1; }
  for project in tests/*/ tools/*.Tests/; do
    [ -n "$(ls "$ZONES_ROOT/$project"*.csproj 2>/dev/null)" ] && dotnet_suite "${project%/}"
  done
  vitest_suite
  e2e_suite
  # The e2e server holds no port or cluster of the scale-out suite, but it is stopped first to free the cores.
  [ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; server_pid=""
  scaleout_suite
}

main
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
