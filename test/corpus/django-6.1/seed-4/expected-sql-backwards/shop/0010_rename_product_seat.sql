BEGIN;
--
-- Rename model Product to Seat
--
ALTER TABLE "shop_seat" RENAME TO "shop_product";
COMMIT;
