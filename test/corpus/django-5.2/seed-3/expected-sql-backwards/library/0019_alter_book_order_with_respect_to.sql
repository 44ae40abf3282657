BEGIN;
--
-- Set order_with_respect_to on book to weight
--
ALTER TABLE "library_book" DROP COLUMN "_order" CASCADE;
COMMIT;
