BEGIN;
--
-- Rename model Product to Seat
--
ALTER TABLE "shop_product" RENAME TO "shop_seat";
COMMIT;
