BEGIN;
--
-- Rename field opened on address to checksum
--
ALTER TABLE "catalog_address" RENAME COLUMN "opened" TO "checksum";
COMMIT;
