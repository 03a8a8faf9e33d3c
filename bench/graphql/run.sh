#!/usr/bin/env bash
# Benchmark Zones.GraphQL against graphql-js on the same schema, data, resolvers and documents,
# in the same run. Not part of the test suite. See bench/README.md.
#   bench/graphql/run.sh                         # 1 s warm-up + 2 s per workload per engine
#   BENCH_SECONDS=5 BENCH_WARMUP=2 bench/graphql/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
artifacts="${BENCH_ARTIFACTS:-/tmp/art-bench}"
out="$(mktemp -d /tmp/zones-graphql-bench.XXXXXX)"
graphql_js="$here/../../tests/Zones.GraphQL.Conformance/node_modules/graphql/index.mjs"
[[ -f "$graphql_js" ]] || { echo "graphql-js not installed: run npm ci in tests/Zones.GraphQL.Conformance" >&2; exit 1; }

echo "== build (Release, artifacts in $artifacts)"
dotnet build "$here/Zones.GraphQL.Bench/Zones.GraphQL.Bench.csproj" -c Release --artifacts-path "$artifacts" -nologo -v quiet
bench=("dotnet" "$artifacts/bin/Zones.GraphQL.Bench/release/Zones.GraphQL.Bench.dll")
export BENCH_DIR="$here"

echo "== check: both engines give byte-identical JSON"
node "$here/graphqljs.mjs" emit "$out/js"
"${bench[@]}" emit "$out/cs"
for f in execute pipeline introspection; do
  if ! cmp -s "$out/js/$f.json" "$out/cs/$f.json"; then
    echo "FAIL: $f.json differs between graphql-js and Zones.GraphQL ($out/js/$f.json vs $out/cs/$f.json)" >&2
    exit 1
  fi
  echo "  $f.json identical ($(wc -c <"$out/js/$f.json") bytes)"
done

echo "== time (warm-up ${BENCH_WARMUP:-1} s, then ${BENCH_SECONDS:-2} s per workload; one engine at a time)"
node "$here/graphqljs.mjs" bench "$out/js.json"
"${bench[@]}" bench "$out/cs.json"
node "$here/graphqljs.mjs" report "$out/js.json" "$out/cs.json"
echo "(raw results: $out)"
