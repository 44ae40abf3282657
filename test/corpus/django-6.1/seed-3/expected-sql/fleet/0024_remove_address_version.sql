BEGIN;
--
-- Remove field version from address
--
ALTER TABLE "fleet_address" DROP COLUMN "MixedCase_version";
COMMIT;
