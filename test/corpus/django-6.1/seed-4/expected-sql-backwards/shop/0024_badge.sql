BEGIN;
--
-- Create model Badge
--
DROP TABLE "shop_badge" CASCADE;
COMMIT;
