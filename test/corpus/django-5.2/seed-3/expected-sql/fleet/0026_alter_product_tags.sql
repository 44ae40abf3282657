BEGIN;
--
-- Alter field tags on product
--
CREATE INDEX "fleet_product_tags_1d318b40" ON "fleet_product" ("tags");
CREATE INDEX "fleet_product_tags_1d318b40_like" ON "fleet_product" ("tags" varchar_pattern_ops);
COMMIT;
