BEGIN;
--
-- Rename model Product to Member
--
ALTER TABLE "shop_member" RENAME TO "shop_product";
COMMIT;
