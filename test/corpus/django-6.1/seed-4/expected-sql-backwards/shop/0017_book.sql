BEGIN;
--
-- Create model Book
--
DROP TABLE "shop_book" CASCADE;
COMMIT;
