BEGIN;
--
-- Add field count to address
--
ALTER TABLE "fleet_address" ADD COLUMN "count" varchar(255) NULL;
COMMIT;
