BEGIN;
--
-- Alter field tags on product
--
DROP INDEX IF EXISTS "fleet_product_tags_1d318b40";
DROP INDEX IF EXISTS "fleet_product_tags_1d318b40_like";
COMMIT;
