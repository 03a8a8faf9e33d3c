-- 0032: photos in a configured folder instead of the database (issue #14 §2, Zones:Photos:Folder).
-- A row keeps its metadata here either way; the bytes are in jpeg/thumbnail (as since 0026) OR in two
-- files under the folder named by file_key, never both and never neither: the server reads whichever
-- the row says (Data/Photos/PhotoStore.cs), so rows written before the setting keep working.
--
-- file_key is the JPEG's path relative to the folder, <township>/<yyyy>/<MM>/<128-bit random hex>.jpg;
-- the thumbnail sits beside it as ….thumb.jpg. The pattern is checked here too, so a key can never
-- climb out of the folder (no '..', no absolute path) whoever writes the row, and its first segment is
-- the row's own township (the sweep finds a file's row by it).
ALTER TABLE zones.complaint_photo
  ALTER COLUMN jpeg DROP NOT NULL,
  ALTER COLUMN thumbnail DROP NOT NULL,
  ADD COLUMN file_key text,
  ADD CONSTRAINT complaint_photo_file_key_form CHECK (
    file_key ~ '^[0-9A-Za-z_-]+/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\.jpg$' AND split_part(file_key, '/', 1) = township_code),
  ADD CONSTRAINT complaint_photo_bytes_or_file CHECK (
    (jpeg IS NOT NULL AND thumbnail IS NOT NULL AND file_key IS NULL)
    OR (jpeg IS NULL AND thumbnail IS NULL AND file_key IS NOT NULL));

-- The orphan sweep asks which keys rows reference, township by township (the first path segment),
-- so the lookup carries the distribution key like every key of this table (docs/scale-out.md).
CREATE UNIQUE INDEX complaint_photo_file_key ON zones.complaint_photo (township_code, file_key) WHERE file_key IS NOT NULL;
