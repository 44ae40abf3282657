BEGIN;
--
-- Create constraint crm_route_chk10 on model route
--
ALTER TABLE "crm_route" ADD CONSTRAINT "crm_route_chk10" CHECK ("duration" > 1.55);
COMMIT;
