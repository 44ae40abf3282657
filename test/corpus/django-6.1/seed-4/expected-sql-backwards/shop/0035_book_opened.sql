BEGIN;
--
-- Add field opened to book
--
ALTER TABLE "shop_book" DROP COLUMN "opened";
COMMIT;
