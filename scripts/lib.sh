# Shared helpers for run.sh, test.sh and db.sh. Sourced, not run.
# shellcheck shell=bash

ZONES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

say()  { printf '\033[1;34m[zones]\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[1;31m[zones] %s\033[0m\n' "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else fail "need root to run: $* (install sudo or run as root)"; fi
}

# Install the Debian packages that are not installed yet; apt-get update runs once, only if needed.
ensure_debs() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed"
}

ensure_toolchains() {
  command -v dotnet >/dev/null || fail "the .NET 10 SDK is missing: install it (https://dot.net) and run again"
  command -v node >/dev/null && command -v npm >/dev/null || fail "Node.js 20 and npm are missing: apt-get install nodejs npm"
}

# npm ci only when node_modules is missing or older than the lock file.
ensure_npm() {
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in ${dir#"$ZONES_ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in $dir"
  fi
}

# The built clients land in src/Zones.Server/wwwroot (the map) and wwwroot/graphiql (GraphiQL);
# each is rebuilt when any of its sources is newer than its index.html.
build_client() {
  local wwwroot="$ZONES_ROOT/src/Zones.Server/wwwroot"
  build_web_package "the map client" "$ZONES_ROOT/src/Zones.Map" "$wwwroot/index.html"
  build_web_package "GraphiQL" "$ZONES_ROOT/src/Zones.GraphiQL" "$wwwroot/graphiql/index.html"
}

build_web_package() { # name folder built-index.html
  local name="$1" dir="$2" out="$3"
  ensure_npm "$dir"
  if [ ! -f "$out" ] || [ -n "$(find "$dir/src" "$dir/index.html" "$dir/package.json" -newer "$out" -print -quit)" ]; then
    say "building $name"
    local log; log="$(mktemp)"
    (cd "$dir" && npm run --silent build >"$log" 2>&1) \
      || { tail -30 "$log" >&2; fail "$name did not build: cd ${dir#"$ZONES_ROOT"/} && npm run build"; }
    rm -f "$log"
  fi
}

build_server() {
  say "building the server (dotnet build -c Release)"
  dotnet build "$ZONES_ROOT/src/Zones.Server" -c Release -v quiet -nologo -clp:ErrorsOnly >&2 \
    || fail "the server did not build: dotnet build src/Zones.Server"
}

ZONES_SERVER_DLL="$ZONES_ROOT/src/Zones.Server/bin/Release/net10.0/Zones.Server.dll"
