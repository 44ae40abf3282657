BEGIN;
--
-- Alter field id on route
--
SET CONSTRAINTS "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r" IMMEDIATE; ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r";
ALTER TABLE "catalog_route" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "catalog_route" ALTER COLUMN "id" TYPE integer USING "id"::integer;
DROP SEQUENCE IF EXISTS "catalog_route_id_seq" CASCADE;
ALTER TABLE "catalog_route" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name_id" TYPE integer USING "an_extraordinarily_long_descriptive_column_name_id"::integer;
ALTER TABLE "catalog_route" ADD CONSTRAINT "catalog_route_an_extraordinarily_long_d_ff16f133_fk" FOREIGN KEY ("an_extraordinarily_long_descriptive_column_name_id") REFERENCES "catalog_route" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
