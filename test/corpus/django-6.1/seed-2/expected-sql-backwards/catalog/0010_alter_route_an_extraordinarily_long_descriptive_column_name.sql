BEGIN;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on route
--
ALTER TABLE "catalog_route" ADD CONSTRAINT "catalog_route_an_extraordinarily_l_ff16f133_fk_catalog_r" FOREIGN KEY ("an_extraordinarily_long_descriptive_column_name_id") REFERENCES "catalog_route" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
