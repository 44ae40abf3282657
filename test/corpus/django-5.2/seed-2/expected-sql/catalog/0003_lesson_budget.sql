BEGIN;
--
-- Add field budget to lesson
--
ALTER TABLE "catalog_lesson" ADD COLUMN "budget" boolean NULL;
COMMENT ON COLUMN "catalog_lesson"."budget" IS 'Заметка';
COMMIT;
