-- Walking distance (issue #12, GB 55013-2021 5.0.1 measures a toilet's reach along the way people walk):
-- pgRouting's shortest-path functions over the road graph of 0016 (zones.road source/target).
-- Debian package postgresql-15-pgrouting (scripts/db.sh installs it beside PostGIS).
CREATE EXTENSION IF NOT EXISTS pgrouting;
