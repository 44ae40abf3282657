BEGIN;
--
-- Rename field website on warehouse to code
--
ALTER TABLE "events_warehouse" RENAME COLUMN "code" TO "website";
COMMIT;
