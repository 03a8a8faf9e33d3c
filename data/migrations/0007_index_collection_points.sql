-- 0007: the collection-point reach check asks, for every dwelling, for the nearest working
-- collection point (KNN on geography) and whether one lies within 120 m. On the whole asset index
-- that walk passes thousands of street lights and bins first: 1.3 s for a county township of
-- 10,000 assets. Indexing only the collection points makes it 0.12 s (bench/analysis).
CREATE INDEX asset_collection_geog_idx ON zones.asset USING gist ((geom::geography))
  WHERE kind IN ('collection_point', 'garbage_room', 'transfer_station') AND retired_at IS NULL;
