BEGIN;
--
-- Set order_with_respect_to on book to weight
--
ALTER TABLE "library_book" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "library_book" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
