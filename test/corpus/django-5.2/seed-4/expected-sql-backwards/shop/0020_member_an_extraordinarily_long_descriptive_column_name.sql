BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to member
--
ALTER TABLE "shop_member" DROP COLUMN "an_extraordinarily_long_descriptive_column_name" CASCADE;
COMMIT;
