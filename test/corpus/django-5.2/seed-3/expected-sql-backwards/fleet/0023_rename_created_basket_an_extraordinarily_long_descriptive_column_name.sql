BEGIN;
--
-- Rename field created on basket to an_extraordinarily_long_descriptive_column_name
--
ALTER TABLE "fleet_basket_t12" RENAME COLUMN "an_extraordinarily_long_descriptive_column_name" TO "created";
COMMIT;
