BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to member
--
ALTER TABLE "shop_member" ADD COLUMN "an_extraordinarily_long_descriptive_column_name" date DEFAULT '2024-01-02'::date NOT NULL;
ALTER TABLE "shop_member" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name" DROP DEFAULT;
COMMIT;
