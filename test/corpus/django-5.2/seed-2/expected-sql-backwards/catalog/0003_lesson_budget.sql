BEGIN;
--
-- Add field budget to lesson
--
ALTER TABLE "catalog_lesson" DROP COLUMN "budget" CASCADE;
COMMIT;
