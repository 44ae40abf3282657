BEGIN;
--
-- Rename field attachment on course to ratio
--
ALTER TABLE "catalog_course" RENAME COLUMN "attachment" TO "ratio";
COMMIT;
