BEGIN;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on route
--
SET CONSTRAINTS "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r" IMMEDIATE; ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r";
COMMIT;
