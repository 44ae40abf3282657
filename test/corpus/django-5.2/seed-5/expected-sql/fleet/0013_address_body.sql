BEGIN;
--
-- Add field body to address
--
ALTER TABLE "fleet_address" ADD COLUMN "body" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "fleet_address" ALTER COLUMN "body" DROP DEFAULT;
COMMIT;
