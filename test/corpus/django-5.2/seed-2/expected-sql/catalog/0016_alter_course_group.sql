BEGIN;
--
-- Alter field group on course
--
ALTER TABLE "catalog_course" ALTER COLUMN "group" TYPE bigint;
COMMENT ON COLUMN "catalog_course"."group" IS 'Budget total 24';
COMMIT;
