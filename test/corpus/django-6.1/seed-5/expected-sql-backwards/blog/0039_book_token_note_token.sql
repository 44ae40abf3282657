BEGIN;
--
-- Add field token to note
--
ALTER TABLE "blog_note" DROP COLUMN "token";
--
-- Add field token to book
--
ALTER TABLE "blog_book" DROP COLUMN "token";
COMMIT;
