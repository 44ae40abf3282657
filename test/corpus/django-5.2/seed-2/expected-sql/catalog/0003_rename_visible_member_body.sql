BEGIN;
--
-- Rename field visible on member to body
--
ALTER TABLE "catalog_member" RENAME COLUMN "visible" TO "body";
COMMIT;
