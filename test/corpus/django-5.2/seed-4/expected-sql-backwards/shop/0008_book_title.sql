BEGIN;
--
-- Add field title to book
--
ALTER TABLE "shop_book" DROP COLUMN "title" CASCADE;
COMMIT;
