BEGIN;
--
-- Remove field ref from book
--
ALTER TABLE "library_book" ADD COLUMN "ref" timestamp with time zone NOT NULL;
COMMENT ON COLUMN "library_book"."ref" IS 'Заметка';
COMMIT;
