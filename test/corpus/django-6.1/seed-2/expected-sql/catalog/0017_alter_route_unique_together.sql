BEGIN;
--
-- Alter unique_together for route (1 constraint(s))
--
ALTER TABLE "catalog_route" ADD CONSTRAINT "catalog_route_id_an_extraordinarily_lo_c701ba45_uniq" UNIQUE ("id", "an_extraordinarily_long_descriptive_column_name_id");
COMMIT;
