BEGIN;
--
-- Create model Note
--
DROP TABLE "blog_note" CASCADE;
--
-- Create model Book
--
DROP TABLE "blog_book" CASCADE;
COMMIT;
