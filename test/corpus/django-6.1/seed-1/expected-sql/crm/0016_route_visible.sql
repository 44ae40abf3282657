BEGIN;
--
-- Add field visible to route
--
ALTER TABLE "crm_route" ADD COLUMN "visible" bytea DEFAULT '\x0001'::bytea NOT NULL;
ALTER TABLE "crm_route" ALTER COLUMN "visible" DROP DEFAULT;
COMMIT;
