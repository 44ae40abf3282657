BEGIN;
--
-- Rename field attachment on course to ratio
--
ALTER TABLE "catalog_course" RENAME COLUMN "ratio" TO "attachment";
COMMIT;
