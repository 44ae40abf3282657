BEGIN;
--
-- Remove field path from lesson
--
ALTER TABLE "catalog_lesson" DROP COLUMN "path" CASCADE;
--
-- Remove field visible from lesson
--
ALTER TABLE "catalog_lesson" DROP COLUMN "visible" CASCADE;
--
-- Add field city to lesson
--
ALTER TABLE "catalog_lesson" ADD COLUMN "city" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "catalog_lesson" ALTER COLUMN "city" DROP DEFAULT;
COMMIT;
