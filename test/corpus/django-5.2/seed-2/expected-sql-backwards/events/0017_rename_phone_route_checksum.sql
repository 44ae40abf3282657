BEGIN;
--
-- Rename field phone on route to checksum
--
ALTER TABLE "events_route" RENAME COLUMN "checksum" TO "phone";
COMMIT;
