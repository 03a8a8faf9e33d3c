-- Walking distance (issue #12, GB 55013-2021 5.0.1 measures a toilet's reach along the way people walk):
-- pgRouting's shortest-path functions over the road graph of 0016 (zones.road source/target).
-- Debian package postgresql-15-pgrouting (scripts/db.sh installs it beside PostGIS).
-- In public beside PostGIS, not in the first schema of the search path: a role whose "$user" schema differs
-- (a read-only or logging role) must find the same functions.
CREATE EXTENSION IF NOT EXISTS pgrouting SCHEMA public;
