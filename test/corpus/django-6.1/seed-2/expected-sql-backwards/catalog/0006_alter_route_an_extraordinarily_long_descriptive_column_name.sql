BEGIN;
--
-- Custom state/database change combination
--
SET CONSTRAINTS "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r" IMMEDIATE; ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r";
ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_an_extraordinarily_long__ff16f133_uniq";
CREATE INDEX "catalog_route_an_extraordinarily_long_de_ff16f133" ON "catalog_route" ("an_extraordinarily_long_descriptive_column_name_id");
ALTER TABLE "catalog_route" ADD CONSTRAINT "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r" FOREIGN KEY ("an_extraordinarily_long_descriptive_column_name_id") REFERENCES "catalog_route" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
