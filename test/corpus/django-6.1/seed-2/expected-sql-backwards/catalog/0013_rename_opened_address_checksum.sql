BEGIN;
--
-- Rename field opened on address to checksum
--
ALTER TABLE "catalog_address" RENAME COLUMN "checksum" TO "opened";
COMMIT;
