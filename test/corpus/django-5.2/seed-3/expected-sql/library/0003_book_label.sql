BEGIN;
--
-- Add field label to book
--
ALTER TABLE "library_book" ADD COLUMN "label" tstzrange NULL;
COMMENT ON COLUMN "library_book"."label" IS 'It''s the amount';
COMMIT;
