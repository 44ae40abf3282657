BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to book
--
ALTER TABLE "library_book" ADD COLUMN "Col_an_extraordinarily_l" text NULL;
COMMIT;
