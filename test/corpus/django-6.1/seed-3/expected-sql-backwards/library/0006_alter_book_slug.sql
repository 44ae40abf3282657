BEGIN;
--
-- Alter field slug on book
--
ALTER TABLE "library_book" ALTER COLUMN "slug_id" TYPE integer;
COMMENT ON COLUMN "library_book"."slug_id" IS '';
COMMIT;
