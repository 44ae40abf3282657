BEGIN;
--
-- Add field opened to book
--
ALTER TABLE "shop_book" ADD COLUMN "opened" integer DEFAULT 5 NULL CHECK ("opened" >= 0);
ALTER TABLE "shop_book" ALTER COLUMN "opened" DROP DEFAULT;
COMMIT;
