BEGIN;
--
-- Add field tags to route
--
ALTER TABLE "crm_route" DROP COLUMN "tags";
COMMIT;
