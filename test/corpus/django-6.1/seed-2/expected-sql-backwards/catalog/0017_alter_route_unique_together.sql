BEGIN;
--
-- Alter unique_together for route (1 constraint(s))
--
ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_id_an_extraordinarily_lo_c701ba45_uniq";
COMMIT;
