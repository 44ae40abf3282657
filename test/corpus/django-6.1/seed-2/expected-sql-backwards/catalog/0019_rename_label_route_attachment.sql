BEGIN;
--
-- Rename field label on route to attachment
--
ALTER TABLE "catalog_route" RENAME COLUMN "attachment" TO "label";
COMMIT;
