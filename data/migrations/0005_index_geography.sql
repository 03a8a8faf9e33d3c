-- 0005: distance queries in metres use geography (ST_DWithin, KNN <->) on point tables. A
-- functional GiST index on geom::geography lets both use an index instead of scanning.
CREATE INDEX asset_geog_idx ON zones.asset USING gist ((geom::geography));
CREATE INDEX complaint_geog_idx ON zones.complaint USING gist ((geom::geography));
CREATE INDEX road_geog_idx ON zones.road USING gist ((geom::geography));
