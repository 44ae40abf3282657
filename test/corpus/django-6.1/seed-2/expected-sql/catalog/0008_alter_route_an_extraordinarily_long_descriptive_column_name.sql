BEGIN;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on route
--
SET CONSTRAINTS "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r" IMMEDIATE; ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r";
ALTER TABLE "catalog_route" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name_id" SET DEFAULT  -3;
UPDATE "catalog_route" SET "an_extraordinarily_long_descriptive_column_name_id" =  -3 WHERE "an_extraordinarily_long_descriptive_column_name_id" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "catalog_route" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name_id" SET NOT NULL;
ALTER TABLE "catalog_route" ADD CONSTRAINT "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r" FOREIGN KEY ("an_extraordinarily_long_descriptive_column_name_id") REFERENCES "catalog_route" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "catalog_route" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name_id" DROP DEFAULT;
COMMIT;
