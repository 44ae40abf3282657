BEGIN;
--
-- Create model Book
--
DROP TABLE "blog_book_t23" CASCADE;
COMMIT;
