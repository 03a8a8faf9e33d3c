#!/usr/bin/env bash
# Loads one township folder (data/demo or a county subfolder) into a scratch PostGIS database with the
# real migrations, so every CHECK, the one-primary-per-target exclusion and ST_IsValid run on the data,
# then prints the topology, noding, lighting, toilet, collection-point and street-bin checks computed by PostGIS.
#
#   tools/Zones.DemoData/scripts/validate-postgis.sh data/demo [database]
#
# Connection: PGHOST/PGPORT/PGUSER/PGPASSWORD (default 127.0.0.1:54329 zones/zones). The database
# (default demodata_scratch) is dropped and created again; never point it at a database you need.
set -euo pipefail
dir=$(cd "$1" && pwd)
db=${2:-demodata_scratch}
root=$(cd "$(dirname "$0")/../../.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-54329} PGUSER=${PGUSER:-zones} PGPASSWORD=${PGPASSWORD:-zones}
if [[ "$db" == "zones" ]]; then echo "refusing to touch the zones database" >&2; exit 2; fi
dropdb --if-exists "$db"
createdb "$db"
psql() { command psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
psql -f "$root/data/migrations/0001_create_schema.sql" >/dev/null
psql -f "$root/data/migrations/0002_seed_categories.sql" >/dev/null
here=$(cd "$(dirname "$0")" && pwd)
(cd "$dir" && psql -f "$here/load.sql")
ref=$(sed -n 's/.*"reference_time": "\([^"]*\)".*/\1/p' "$dir/township.json")
psql -v ref="$ref" -f "$here/checks.sql"
