BEGIN;
--
-- Alter unique_together for route (2 constraint(s))
--
ALTER TABLE "catalog_route" DROP CONSTRAINT "catalog_route_score_weight_id_2ea01920_uniq";
COMMIT;
