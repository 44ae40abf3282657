BEGIN;
--
-- Rename model Product to Member
--
ALTER TABLE "shop_product" RENAME TO "shop_member";
COMMIT;
