BEGIN;
--
-- Add field city to lesson
--
ALTER TABLE "catalog_lesson" DROP COLUMN "city" CASCADE;
--
-- Remove field visible from lesson
--
ALTER TABLE "catalog_lesson" ADD COLUMN "visible" integer NOT NULL;
--
-- Remove field path from lesson
--
ALTER TABLE "catalog_lesson" ADD COLUMN "path" smallint NOT NULL;
COMMIT;
