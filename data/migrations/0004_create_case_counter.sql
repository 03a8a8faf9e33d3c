-- 0004: daily case-number serials (案卷号流水) and the Open311 fields of a complaint.

-- One row per township and local day; intake increments it with INSERT … ON CONFLICT DO UPDATE,
-- whose row lock makes concurrent intakes take turns, so no two cases share a number.
CREATE TABLE zones.case_counter (
  township_code  text NOT NULL REFERENCES zones.township (division_code),
  day            date NOT NULL,
  last_serial    integer NOT NULL CHECK (last_serial > 0),
  PRIMARY KEY (township_code, day)
);

-- Open311 GeoReport v2 POST carries a photo link and an e-mail; both are shown back on GET.
ALTER TABLE zones.complaint
  ADD COLUMN media_url      text CHECK (media_url ~ '^https?://'),
  ADD COLUMN reporter_email text CHECK (length(reporter_email) <= 200);
