-- 0022: the map's date control (issue #13 §E) asks "the zones of township T as they were at t"
-- over the live rows and their archived versions together. Without these, both halves scan:
-- zone_history is keyed by (zone_id, version) only, and zone's township index covers live rows only
-- (zone_code_live_key is partial), so a retired zone's last versions would be read by a full scan.
CREATE INDEX zone_history_township_idx ON zones.zone_history (township_code, valid_from);
CREATE INDEX zone_township_idx ON zones.zone (township_code, valid_from);
