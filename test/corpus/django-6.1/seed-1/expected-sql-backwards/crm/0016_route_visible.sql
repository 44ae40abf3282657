BEGIN;
--
-- Add field visible to route
--
ALTER TABLE "crm_route" DROP COLUMN "visible";
COMMIT;
