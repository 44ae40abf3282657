BEGIN;
--
-- Add field version to address
--
ALTER TABLE "fleet_address" DROP COLUMN "MixedCase_version";
COMMIT;
