BEGIN;
--
-- Create constraint crm_route_chk10 on model route
--
ALTER TABLE "crm_route" DROP CONSTRAINT "crm_route_chk10";
COMMIT;
