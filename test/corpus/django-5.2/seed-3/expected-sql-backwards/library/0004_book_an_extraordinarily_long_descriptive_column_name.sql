BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to book
--
ALTER TABLE "library_book" DROP COLUMN "Col_an_extraordinarily_l" CASCADE;
COMMIT;
